package vn.hanoi.papi.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.InspectionType;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.rules.Deadlines;
import vn.hanoi.papi.rules.FindingCollector;
import vn.hanoi.papi.rules.Inspection;
import vn.hanoi.papi.rules.RuleBase;

/**
 * Reviews the plan's tasks with the rules in service (PLAN-01 of {@code rules/plan.drl}): the tasks and the
 * review day go into a working memory, the rules decide. A finding is raised against the task's lead agency (its
 * {@code unit}); one working memory per lead agency, so that each finding names its own.
 */
public final class PlanTracker {

    /** What the findings name as their "inspection": the plan itself. */
    public static final String PLAN_ID = "KH-164-2022";

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::subject, PlanTracker::byNumber)
            .thenComparing(Finding::ruleId);

    private final Supplier<RuleBase> rules;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;

    public PlanTracker(Supplier<RuleBase> rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        this.deadlines = new Deadlines(calendar);
    }

    /** The findings of the plan's tasks as of {@code asOf}, in task order; nothing is stored. */
    public List<Finding> review(List<PlanTask> tasks, LocalDate asOf) {
        RuleBase base = rules.get();
        Map<String, List<PlanTask>> byLead = new TreeMap<>();
        tasks.forEach(t -> byLead.computeIfAbsent(t.lead(), k -> new ArrayList<>()).add(t));
        LocalDate start = tasks.stream().map(PlanTask::windowFrom).min(Comparator.naturalOrder()).orElse(asOf);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<PlanTask>> lead : byLead.entrySet()) {
            Inspection review = new Inspection(PLAN_ID, lead.getKey(), 0, false, InspectionType.SCHEDULED, asOf,
                    start.isAfter(asOf) ? asOf : start, asOf);
            FindingCollector out = new FindingCollector(base.metadata(), base.settings(), review, calendar);
            KieSession session = base.newSession();
            try {
                session.setGlobal("calendar", calendar);
                session.setGlobal("deadlines", deadlines);
                session.setGlobal("settings", base.settings());
                session.setGlobal("out", out);
                session.insert(new PlanReview(asOf));
                lead.getValue().forEach(session::insert);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            findings.addAll(out.findings());
        }
        findings.sort(ORDER);
        return findings;
    }

    /** PLAN[5.10] after PLAN[5.9]: numbers compare part by part. */
    static int byNumber(String a, String b) {
        String[] x = a.replaceAll("[^0-9.]", "").split("\\.");
        String[] y = b.replaceAll("[^0-9.]", "").split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(parse(x[i]), parse(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    }

    private static int parse(String s) {
        return s.isEmpty() ? 0 : Integer.parseInt(s);
    }
}
