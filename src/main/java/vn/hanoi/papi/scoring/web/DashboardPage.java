package vn.hanoi.papi.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.plan.PlanTaskStatus;
import vn.hanoi.papi.plan.store.PlanConflictException;
import vn.hanoi.papi.plan.store.PlanTaskNotFoundException;
import vn.hanoi.papi.plan.store.PlanTaskService;
import vn.hanoi.papi.plan.store.StatusProblem;
import vn.hanoi.papi.scoring.CchcRanking;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.store.ScoreService;
import vn.hanoi.papi.scoring.web.DashboardView.Chart;
import vn.hanoi.papi.scoring.web.DashboardView.ChartData;
import vn.hanoi.papi.scoring.web.DashboardView.CountRow;
import vn.hanoi.papi.scoring.web.DashboardView.Notice;
import vn.hanoi.papi.scoring.web.DashboardView.RankingLine;
import vn.hanoi.papi.scoring.web.DashboardView.Refusal;
import vn.hanoi.papi.scoring.web.DashboardView.Saved;
import vn.hanoi.papi.scoring.web.DashboardView.SeriesKey;
import vn.hanoi.papi.scoring.web.DashboardView.TaskLine;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;
import vn.hanoi.papi.web.WebPage;

/**
 * Sở Nội vụ's dashboard ({@code /tong-hop}): the CCHC ranking of a year and level, the year's findings by PAPI
 * sub-index and by lead agency, the report downloads, and the plan's tasks, whose status Sở Nội vụ records here.
 * The figures come from the services behind the API ({@link ScoreService}, {@link PlanTaskService}), so the page
 * and the API never disagree; REVIEWER and ADMIN read the page, only NOI_VU changes a task.
 */
@WebPage
@RequestMapping("/tong-hop")
class DashboardPage {

    /** The menu entry the layout highlights. */
    static final String SECTION = "tong-hop";
    /** The levels a ranking exists for (the city is not ranked). */
    static final List<UnitLevel> LEVELS = List.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.DEPARTMENT);
    /** How many past years the year list offers; any other year still opens from the address. */
    static final int YEARS_BACK = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScoreService scores;
    private final PlanTaskService plan;
    private final AccessPolicy access;
    private final Clock clock;
    private final MessageSource messages;

    DashboardPage(ScoreService scores, PlanTaskService plan, AccessPolicy access, Clock clock, MessageSource messages) {
        this.scores = scores;
        this.plan = plan;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String level,
                     Locale locale, Model model) {
        // The Clock bean runs on Hà Nội time: the default year turns at midnight in Hà Nội, not in UTC.
        LocalDate today = LocalDate.now(clock);
        List<Notice> problems = new ArrayList<>();
        int y = year(year, today.getYear(), problems);
        UnitLevel l = level(level, problems);
        model.addAttribute("section", SECTION);
        model.addAttribute("today", today);
        model.addAttribute("year", y);
        model.addAttribute("level", l);
        model.addAttribute("years", years(today.getYear(), y));
        model.addAttribute("levels", LEVELS);

        // The same ranking as GET /api/scores/cchc (its default day: today); a level that year lacks is said so.
        Optional<String> unrankable = CchcRanking.check(l, y);
        if (unrankable.isPresent()) {
            problems.add(Notice.of("dashboard.error.noDistricts", y, CchcRanking.DISTRICTS_END.format(DAY)));
        } else {
            ScoreService.Ranking ranking = scores.ranking(y, l, null, scores.today());
            model.addAttribute("ranking", ranking);
            model.addAttribute("rankingLines", ranking.rows().stream().map(RankingLine::of).toList());
        }
        model.addAttribute("problems", problems);

        // The same groups as GET /api/findings/by-lead-agency, added up one way and the other.
        List<LeadAgencyView.Group> groups = scores.byLeadAgency(y);
        List<CountRow> bySubIndex = DashboardView.bySubIndex(groups, code -> message("dashboard.papi." + code, locale));
        List<CountRow> byAgency = DashboardView.byLeadAgency(groups);
        model.addAttribute("severities", DashboardView.SEVERITIES);
        model.addAttribute("bySubIndex", bySubIndex);
        model.addAttribute("bySubIndexTotal", DashboardView.total(bySubIndex));
        model.addAttribute("byAgency", byAgency);
        model.addAttribute("byAgencyTotal", DashboardView.total(byAgency));
        model.addAttribute("chartJson", chartJson(bySubIndex, byAgency, locale));

        // The plan's tasks; late means PLAN-01 raises a finding on it today, as GET /api/plan/findings does.
        Set<String> late = plan.findings(plan.today()).stream().map(Finding::subject).collect(Collectors.toSet());
        model.addAttribute("tasks", TaskLine.of(plan.all(), late, code -> scores.unit(code).map(Unit::name).orElse(code)));
        model.addAttribute("taskStatuses", PlanTaskStatus.values());
        model.addAttribute("canEdit", access.caller().has(Role.NOI_VU));
        model.addAttribute("maxNote", PlanTaskService.MAX_NOTE);
        return "dashboard/index";
    }

    /**
     * Sở Nội vụ records a task's status (what {@code POST /api/plan/tasks/{number}/status} does), then goes back to
     * the page (post, redirect, get) with what happened: saved, or every reason it was refused, a stale version
     * included, with the typed values so that nothing is lost.
     */
    @PostMapping("/ke-hoach/{number}/trang-thai")
    String changeStatus(@PathVariable String number, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String doneOn, @RequestParam(required = false) String note,
                        @RequestParam(required = false) String version, @RequestParam(required = false) String year,
                        @RequestParam(required = false) String level, HttpServletRequest request,
                        RedirectAttributes redirect) {
        // The security table already limits this to NOI_VU; the page checks again, as the form is the only way in.
        if (!access.caller().has(Role.NOI_VU)) {
            throw new AccessDeniedException("Chỉ Sở Nội vụ cập nhật tình trạng nhiệm vụ của Kế hoạch.");
        }
        plan.get(number);
        List<Notice> problems = new ArrayList<>();
        PlanTaskStatus s = status(status);
        // The form has one date field for every status: it means "done on" only when DONE is chosen.
        LocalDate d = s == PlanTaskStatus.DONE ? day(doneOn, problems) : null;
        Long v = version(version);
        String n = note == null || note.isBlank() ? null : note.strip();
        if (problems.isEmpty()) {
            plan.check(s, d, n, v).forEach(p -> problems.add(notice(p, d)));
        }
        if (problems.isEmpty()) {
            try {
                plan.changeStatus(number, new PlanTaskService.StatusChange(s, d, n, v), access.changedBy(request));
                redirect.addFlashAttribute("planSaved", new Saved(number, s.name()));
            } catch (PlanConflictException stale) {
                problems.add(Notice.of("dashboard.plan.conflict", number));
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("planRefusal", new Refusal(number, problems, status, doneOn, note));
        }
        if (year != null && !year.isBlank()) {
            redirect.addAttribute("year", year.strip());
        }
        if (level != null && !level.isBlank()) {
            redirect.addAttribute("level", level.strip());
        }
        return "redirect:/tong-hop#ke-hoach";
    }

    /** A task number the plan does not have: the not-found page, as for any other unknown row. */
    @ExceptionHandler(PlanTaskNotFoundException.class)
    ModelAndView unknownTask() {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("messageKey", "error.notFound");
        return page;
    }

    /** The year asked for, or this year when none is; a bad one is said so and this year shown instead. */
    private static int year(String year, int thisYear, List<Notice> problems) {
        if (year == null || year.isBlank()) {
            return thisYear;
        }
        List<ValidationError> errors = new ArrayList<>();
        Integer y = ScoreParameters.year(year, errors);
        if (y == null) {
            problems.add(Notice.of("dashboard.error.year", year, ScoreParameters.FIRST_YEAR, ScoreParameters.LAST_YEAR));
            return thisYear;
        }
        return y;
    }

    /** The level asked for, or communes when none is; a bad one (the city included) is said so. */
    private static UnitLevel level(String level, List<Notice> problems) {
        if (level == null || level.isBlank()) {
            return UnitLevel.COMMUNE;
        }
        UnitLevel l = ScoreParameters.level(level, new ArrayList<>());
        if (l == null || !LEVELS.contains(l)) {
            problems.add(Notice.of("dashboard.error.level", level));
            return UnitLevel.COMMUNE;
        }
        return l;
    }

    /** The last {@link #YEARS_BACK} years up to this one, newest first, and the year shown if it is not among them. */
    static List<Integer> years(int thisYear, int shown) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = thisYear - YEARS_BACK; y <= thisYear; y++) {
            years.add(y);
        }
        years.add(shown);
        return List.copyOf(years.descendingSet());
    }

    private static PlanTaskStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PlanTaskStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String day, List<Notice> problems) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            problems.add(Notice.of("dashboard.plan.problem.DONE_ON_INVALID", day));
            return null;
        }
    }

    private static Long version(String version) {
        try {
            return version == null ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page's text of a problem the service found. */
    private static Notice notice(StatusProblem problem, LocalDate doneOn) {
        String key = "dashboard.plan.problem." + problem.code().name();
        return switch (problem.code()) {
            case DONE_ON_IN_FUTURE, DONE_ON_BEFORE_PLAN -> Notice.of(key, doneOn.format(DAY));
            case NOTE_TOO_LONG -> Notice.of(key, PlanTaskService.MAX_NOTE);
            default -> Notice.of(key);
        };
    }

    /**
     * The charts' figures with their labels, as JSON for a {@code <script type="application/json">} block: "<",
     * ">" and "&" are written as JSON escapes, so no text (a unit's name) can close the block or open a tag.
     */
    private String chartJson(List<CountRow> bySubIndex, List<CountRow> byAgency, Locale locale) {
        String noSubIndex = message("dashboard.findings.noSubIndex", locale);
        String noAgency = message("dashboard.findings.noAgency", locale);
        List<SeriesKey> severities = DashboardView.SEVERITIES.stream()
                .map(s -> new SeriesKey(s.name(), message("severity." + s.name(), locale))).toList();
        ChartData data = new ChartData(severities, message("dashboard.chart.axis", locale),
                Chart.of(bySubIndex, r -> r.key() == null ? noSubIndex : r.key(),
                        r -> r.key() == null ? noSubIndex : r.name() == null ? r.key() : r.key() + " — " + r.name()),
                Chart.of(byAgency, r -> r.key() == null ? noAgency : r.name(),
                        r -> r.key() == null ? noAgency : r.name()));
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A text of the bundle, or null when it has none (a sub-index without a name there). */
    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
