package vn.hanoi.papi.findings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hanoi.papi.evidence.EvidenceProperties;
import vn.hanoi.papi.evidence.EvidenceService;
import vn.hanoi.papi.evidence.EvidenceTooLargeException;
import vn.hanoi.papi.evidence.InvalidEvidenceException;
import vn.hanoi.papi.evidence.UnsupportedEvidenceTypeException;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.FindingTransition;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.FindingNotFoundException;
import vn.hanoi.papi.findings.store.FindingReviews;
import vn.hanoi.papi.findings.store.FindingStore;
import vn.hanoi.papi.findings.store.FindingViewMapper;
import vn.hanoi.papi.findings.store.InvalidReviewException;
import vn.hanoi.papi.findings.store.ReviewConflictException;
import vn.hanoi.papi.findings.store.ReviewDecision;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.findings.store.VerificationDecision;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Caller;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.findings.web.FindingPageViews.Conflict;
import vn.hanoi.papi.findings.web.FindingPageViews.FormError;
import vn.hanoi.papi.web.WebPage;

/**
 * The findings pages of Thanh tra Thành phố and of the units: the list with its filters, a finding with its
 * history, and the moves of its review as plain forms (no script needed). They use the services of the JSON API,
 * with the same row-level rules: a unit sees and remedies only its own findings, another unit's is "not found".
 * A move that worked redirects to the finding with a message; one refused because someone else changed the
 * finding first (409) or because something is missing (400) shows the finding again, as it is now, with the reason.
 */
@WebPage
@RequestMapping("/phat-hien")
class FindingPages {

    static final int PAGE_SIZE = 50;
    private static final String SECTION = "phat-hien";
    private static final String DETAIL = "findings/detail";

    private final FindingStore findings;
    private final FindingReviews reviews;
    private final AuditTrail audit;
    private final FindingViewMapper views;
    private final EvidenceService evidence;
    private final EvidenceProperties photoLimits;
    private final FindingPageViews pages;
    private final AccessPolicy access;
    private final Clock clock;

    FindingPages(FindingStore findings, FindingReviews reviews, AuditTrail audit, FindingViewMapper views,
                 EvidenceService evidence, EvidenceProperties photoLimits, FindingPageViews pages, AccessPolicy access,
                 Clock clock) {
        this.findings = findings;
        this.reviews = reviews;
        this.audit = audit;
        this.views = views;
        this.evidence = evidence;
        this.photoLimits = photoLimits;
        this.pages = pages;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit,
                @RequestParam(required = false) String district,
                @RequestParam(required = false) String ruleId,
                @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) FindingStatus status,
                @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        Caller me = access.caller();
        boolean ownUnitOnly = !me.hasAny(Role.REVIEWER, Role.NOI_VU, Role.ADMIN);
        // A unit's account lists its own unit's findings whatever the address says (AccessPolicy#findingsUnit); it
        // has no choice of unit or district, so neither is part of what it asked for.
        FindingListQuery query = new FindingListQuery(ownUnitOnly ? null : unit, ownUnitOnly ? null : district, ruleId,
                severity, status, Boolean.TRUE.equals(overdue), from, to, page);
        LocalDate today = LocalDate.now(clock);
        FindingStore.FindingPage found = findings.search(query.filter(access.findingsUnit(query.unit()),
                pages.districtUnits(query.district()).orElse(null), today), query.page(), PAGE_SIZE);
        long pageCount = Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (query.page() >= pageCount) {                       // past the last page (an old link): go to the last one
            return "redirect:" + query.link((int) pageCount - 1);
        }
        if (from != null && to != null && from.isAfter(to)) {
            model.addAttribute("filterError", "findings.filter.fromAfterTo");
        }

        model.addAttribute("section", SECTION);
        model.addAttribute("query", query);
        model.addAttribute("ownUnitOnly", ownUnitOnly);
        model.addAttribute("findings", found.content().stream().map(f -> views.toView(f, today)).toList());
        model.addAttribute("total", found.totalElements());
        model.addAttribute("pageNumber", query.page() + 1);
        model.addAttribute("pageCount", pageCount);
        model.addAttribute("hasPrevious", query.page() > 0);
        model.addAttribute("hasNext", query.page() + 1 < pageCount);
        model.addAttribute("unitNames", pages.unitNames());
        model.addAttribute("unitGroups", ownUnitOnly ? List.of() : pages.unitGroups());
        model.addAttribute("districts", ownUnitOnly ? List.of() : pages.districts());
        model.addAttribute("ownUnitName", ownUnitOnly ? pages.unitName(me.unit()) : null);
        model.addAttribute("ruleIds", pages.ruleIds());
        model.addAttribute("severities", List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.ADVISORY));
        model.addAttribute("statuses", FindingStatus.values());
        return "findings/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        show(readable(id), model);
        return DETAIL;
    }

    /** The reviewer confirms an open finding, or dismisses it with a reason. */
    @PostMapping("/{id}/xem-xet")
    String review(@PathVariable String id, @RequestParam(required = false) ReviewDecision decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        readable(id);
        String form = decision == ReviewDecision.DISMISS ? "dismiss" : "confirm";
        return act(id, form, reason, () -> {
            if (decision == null || version == null) {
                throw new InvalidReviewException("Cần quyết định (xác nhận hoặc bác bỏ) và phiên bản của phát hiện.");
            }
            reviews.review(id, decision, reason, version, access.changedBy(request));
            return decision.transition();
        }, response, model, flash);
    }

    /** The reviewer closes a remedied finding, or reopens it with a reason. */
    @PostMapping("/{id}/xac-minh")
    String verify(@PathVariable String id, @RequestParam(required = false) VerificationDecision decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        readable(id);
        String form = decision == VerificationDecision.REOPEN ? "reopen" : "close";
        return act(id, form, reason, () -> {
            if (decision == null || version == null) {
                throw new InvalidReviewException("Cần quyết định (đóng hoặc mở lại) và phiên bản của phát hiện.");
            }
            reviews.verify(id, decision, reason, version, access.changedBy(request));
            return decision.transition();
        }, response, model, flash);
    }

    /** The unit reports its remedy: a note and photos, stored on the finding's submission in the same step. */
    @PostMapping("/{id}/khac-phuc")
    String remediation(@PathVariable String id, @RequestParam(required = false) String note,
                       @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                       @RequestParam(required = false) Long version,
                       HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        StoredFinding finding = readable(id);                  // another unit's finding: 404
        access.requireEvidenceWriterFor(finding.unit());       // only the unit's own account, besides the page rule
        List<EvidenceService.Upload> uploads = photos == null ? List.of() : photos.stream()
                .filter(file -> file != null && !file.isEmpty())          // an empty file field sends an empty part
                .map(file -> new EvidenceService.Upload(file.getOriginalFilename(), file.getContentType(),
                        file.getSize(), null, file))
                .toList();
        return act(id, "remediation", note, () -> {
            if (version == null) {
                throw new InvalidReviewException("Cần phiên bản của phát hiện.");
            }
            reviews.submitRemediationWithPhotos(id, note, uploads, version, access.changedBy(request));
            return FindingTransition.SUBMIT_REMEDIATION;
        }, response, model, flash);
    }

    /**
     * One move, as the pages answer it: done → back to the finding with a message (post/redirect/get); someone else
     * was first → the finding as it is now, saying so (409); something missing or a photo refused → the finding
     * with the message next to the form and what was typed kept (400, or 413/415 for a photo).
     */
    private String act(String id, String form, String typed, Supplier<FindingTransition> move,
                       HttpServletResponse response, Model model, RedirectAttributes flash) {
        try {
            FindingTransition done = move.get();
            flash.addFlashAttribute("flash", "findings.flash." + done.name());
            return "redirect:/phat-hien/{id}";
        } catch (ReviewConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            StoredFinding now = readable(id);
            model.addAttribute("conflict", conflict(now, e));
            model.addAttribute("conflictTyped", typed == null || typed.isBlank() ? null : typed);   // not lost
            show(now, model);
            return DETAIL;
        } catch (InvalidReviewException | InvalidEvidenceException e) {
            return refused(id, form, typed, HttpStatus.BAD_REQUEST, e, response, model);
        } catch (EvidenceTooLargeException e) {
            return refused(id, form, typed, HttpStatus.PAYLOAD_TOO_LARGE, e, response, model);
        } catch (UnsupportedEvidenceTypeException e) {
            return refused(id, form, typed, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e, response, model);
        }
    }

    private String refused(String id, String form, String typed, HttpStatus status, RuntimeException e,
                           HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("formError", new FormError(form, e.getMessage()));
        model.addAttribute("typed", typed);
        show(readable(id), model);
        return DETAIL;
    }

    private Conflict conflict(StoredFinding now, ReviewConflictException e) {
        List<AuditEvent> events = audit.ofFinding(now.id());
        AuditEvent last = events.stream().filter(event -> event.toStatus() != null)
                .reduce((first, second) -> second).orElse(null);
        return new Conflict(now.status(), last == null ? null : last.actor(),
                last == null ? null : FindingPageViews.local(last.at()), e.getMessage());
    }

    /** The finding page's model: the finding as it is now, its photos and history, and the moves the caller may make. */
    private void show(StoredFinding finding, Model model) {
        Caller me = access.caller();
        LocalDate today = LocalDate.now(clock);
        FindingStatus status = finding.status();
        boolean reviewer = me.has(Role.REVIEWER);
        boolean owner = me.has(Role.UNIT) && finding.unit() != null && finding.unit().equals(me.unit());
        model.addAttribute("section", SECTION);
        model.addAttribute("finding", views.toView(finding, today));
        model.addAttribute("inspectedOn", finding.inspectedOn());
        model.addAttribute("unitName", pages.unitName(finding.unit()));
        model.addAttribute("unitNames", pages.unitNames());
        model.addAttribute("facts", pages.facts(finding.facts()));
        model.addAttribute("photos", evidence.list(finding.submissionId()));
        model.addAttribute("history", pages.history(audit.ofFinding(finding.id())));
        model.addAttribute("remediation", pages.remediation(finding.remediation()));
        model.addAttribute("canReview", reviewer && FindingTransition.CONFIRM.allowedFrom(status));
        model.addAttribute("canVerify", reviewer && FindingTransition.CLOSE.allowedFrom(status));
        model.addAttribute("canRemediate", owner && FindingTransition.SUBMIT_REMEDIATION.allowedFrom(status));
        model.addAttribute("photoMaxSize", photoLimits.maxSizeText());
        model.addAttribute("photoMaxBytes", photoLimits.maxSize().toBytes());
        model.addAttribute("photoTypes", String.join(", ", photoLimits.allowedTypes()));
    }

    /** The finding, if the caller may read its unit's rows; another unit's is not found, as if it did not exist. */
    private StoredFinding readable(String id) {
        StoredFinding finding = reviews.get(id);
        access.requireReadable(finding.unit(), () -> new FindingNotFoundException(id));
        return finding;
    }
}
