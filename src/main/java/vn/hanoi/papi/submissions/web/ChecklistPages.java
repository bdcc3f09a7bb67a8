package vn.hanoi.papi.submissions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.ChecklistTemplate;
import vn.hanoi.papi.checklist.InspectionType;
import vn.hanoi.papi.checklist.ValidationTexts;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.evidence.EvidenceProperties;
import vn.hanoi.papi.findings.store.FindingView;
import vn.hanoi.papi.findings.store.FollowUpOrders;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Caller;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;
import vn.hanoi.papi.submissions.SubmissionService;
import vn.hanoi.papi.submissions.SubmissionView;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.web.ScriptTexts;
import vn.hanoi.papi.web.WebPage;

/**
 * The inspection team's pages: the units and follow-ups to inspect, the checklist (filled on the tablet, kept there
 * as a draft and sent through {@code POST /api/submissions} when the connection allows), and the findings of a sent
 * checklist, to read to the commune before leaving.
 */
@WebPage
class ChecklistPages {

    private final Engine engine;
    private final SubmissionService submissions;
    private final FollowUpOrders followUps;
    private final AccessPolicy access;
    private final JsonMapper json;
    private final Clock clock;
    private final ScriptTexts scriptTexts;
    private final MessageSource messages;
    private final EvidenceProperties photoLimits;

    ChecklistPages(Engine engine, SubmissionService submissions, FollowUpOrders followUps, AccessPolicy access,
                   JsonMapper json, Clock clock, ScriptTexts scriptTexts,
                   MessageSource messages,
                   EvidenceProperties photoLimits) {
        this.photoLimits = photoLimits;
        this.scriptTexts = scriptTexts;
        this.messages = messages;
        this.engine = engine;
        this.submissions = submissions;
        this.followUps = followUps;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /** A unit the caller may inspect, under its district's name for the list. */
    record UnitChoice(String code, String name, String district) {
    }

    @GetMapping("/kiem-tra")
    String start(Model model, Locale locale) {
        Caller me = access.caller();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("section", "kiem-tra");
        model.addAttribute("units", unitsToInspect(me, today));
        model.addAttribute("assignments", followUps.toDo(me.username()));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("pageData", scriptSafe(json.writeValueAsString(Map.of(
                "inspector", me.username(), "ui", scriptTexts.in(locale)))));
        return "checklist/start";
    }

    @GetMapping("/kiem-tra/phieu")
    String checklist(@RequestParam String unit, @RequestParam(required = false) String draft, Model model,
                     Locale locale) {
        Caller me = access.caller();
        LocalDate today = LocalDate.now(clock);
        Unit inspected = engine.units().find(unit).orElseThrow(() -> new SubmissionNotFoundException(unit));
        access.requireInspectorFor(inspected.code());
        ChecklistTemplate template = templateFor(inspected);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template", template);
        data.put("unit", Map.of("code", inspected.code(), "name", inspected.name()));
        data.put("inspector", me.username());
        data.put("today", today.toString());
        data.put("draft", draft);
        data.put("inspectionTypes", List.of(InspectionType.values()));
        data.put("texts", ValidationTexts.all());
        data.put("ui", scriptTexts.in(locale));
        data.put("photoLimit", Map.of("bytes", photoLimits.maxSize().toBytes(), "text", photoLimits.maxSizeText()));
        data.put("inspectionTypeLabels", Arrays.stream(InspectionType.values()).collect(
                Collectors.toMap(Enum::name, t -> messages.getMessage("inspectionType." + t.name(), null,
                        t.name(), locale), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("section", "kiem-tra");
        model.addAttribute("unit", inspected);
        model.addAttribute("template", template);
        model.addAttribute("pageData", scriptSafe(json.writeValueAsString(data)));
        return "checklist/form";
    }

    @GetMapping("/kiem-tra/ket-qua/{submissionId}")
    String result(@PathVariable String submissionId, Model model) {
        SubmissionView view = submissions.get(submissionId, access::canRead);
        List<FindingView> findings = view.findings().stream()
                .sorted(Comparator.comparing(FindingView::severity).reversed()
                        .thenComparing(FindingView::ruleId).thenComparing(FindingView::subject))
                .toList();
        model.addAttribute("section", "kiem-tra");
        model.addAttribute("submission", view);
        model.addAttribute("findings", findings);
        model.addAttribute("inspectedOn", view.inspectedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        model.addAttribute("unitName", engine.units().find(view.unit()).map(Unit::name).orElse(view.unit()));
        model.addAttribute("notInspected", view.notInspected().stream()
                .map(code -> engine.templates().all().stream().flatMap(t -> t.sections().stream())
                        .filter(s -> s.code().equals(code)).map(s -> s.title()).findFirst().orElse(code))
                .toList());
        return "checklist/result";
    }

    /**
     * The service worker that keeps the inspection pages usable without a connection. Served here rather than as a
     * static file so that it may control {@code /kiem-tra} itself (its folder would limit it to {@code /js/}).
     */
    @GetMapping(path = "/kiem-tra/sw.js", produces = "text/javascript")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok()
                .header("Service-Worker-Allowed", "/kiem-tra")
                .cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("static/js/sw.js"));
    }

    /** The standard template of the unit's level, its newest version. */
    private ChecklistTemplate templateFor(Unit unit) {
        return engine.templates().all().stream()
                .filter(t -> t.unitLevels().isEmpty() || t.unitLevels().contains(unit.level()))
                .max(Comparator.comparingInt(ChecklistTemplate::version))
                .orElseThrow(() -> new SubmissionNotFoundException(unit.code()));
    }

    private List<UnitChoice> unitsToInspect(Caller me, LocalDate today) {
        Map<String, String> names = unitNames();
        return engine.units().all().stream()
                .filter(u -> !u.mergedBy(today))
                .filter(u -> engine.templates().all().stream().anyMatch(t -> t.unitLevels().contains(u.level())))
                .filter(u -> access.covers(me.scopeUnits(), u.code()))
                .map(u -> new UnitChoice(u.code(), u.name(), u.parent() == null ? "" : names.getOrDefault(u.parent(), u.parent())))
                .sorted(Comparator.comparing(UnitChoice::district).thenComparing(UnitChoice::name))
                .toList();
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        engine.units().all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** JSON inside a script element: a "</" in a text must not end the element. */
    private static String scriptSafe(String jsonText) {
        return jsonText.replace("</", "<\\/");
    }
}
