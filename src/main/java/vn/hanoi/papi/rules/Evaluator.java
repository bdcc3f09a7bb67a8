package vn.hanoi.papi.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitRegistry;

/** Evaluates a validated submission with the rules in service and returns its findings. */
public final class Evaluator {

    private static List<Finding> withHistory(KieSession session, FindingCollector out, List<PriorFinding> history) {
        List<RaisedFinding> raised = out.raised().stream().map(RaisedFinding::new).toList();
        raised.forEach(session::insert);
        history.forEach(session::insert);
        session.fireAllRules();
        List<Finding> findings = new ArrayList<>(raised.size());
        for (RaisedFinding r : raised) {
            findings.add(out.finish(r.finding()));
        }
        return findings;
    }

    public static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::ruleId).thenComparing(Finding::subject);

    private final Supplier<RuleBase> rules;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final Supplier<UnitRegistry> units;

    public Evaluator(Supplier<RuleBase> rules, WorkingDayCalendar calendar, UnitRegistry units) {
        this(rules, calendar, () -> units);
    }

    /** {@code rules} and {@code units} are asked once per evaluation, so that a reload takes effect for the next one. */
    public Evaluator(Supplier<RuleBase> rules, WorkingDayCalendar calendar, Supplier<UnitRegistry> units) {
        this.rules = rules;
        this.calendar = calendar;
        this.deadlines = new Deadlines(calendar);
        this.units = units;
    }

    public Evaluation evaluate(Submission submission) {
        return evaluate(submission, List.of());
    }

    /**
     * Evaluates with the unit's stored findings: the history rules then mark repeats and follow-ups. The
     * requirement rules run first; the findings they raised are then put in working memory for the history rules.
     */
    public Evaluation evaluate(Submission submission, List<PriorFinding> history) {
        RuleBase base = rules.get();
        Unit unit = units.get().find(submission.unit())
                .orElseThrow(() -> new IllegalArgumentException("đơn vị " + submission.unit() + " không có trong danh mục"));
        Inspection inspection = Inspection.of(submission, unit);
        FindingCollector out = new FindingCollector(base.metadata(), base.settings(), inspection, calendar);
        KieSession session = base.newSession();
        List<Finding> findings;
        try {
            session.setGlobal("calendar", calendar);
            session.setGlobal("deadlines", deadlines);
            session.setGlobal("settings", base.settings());
            session.setGlobal("out", out);
            session.insert(inspection);
            for (String section : submission.content().inspectedSections()) {
                session.insert(new SectionInspected(section));
            }
            for (Object fact : submission.content().facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            if (!history.isEmpty()) {
                findings = withHistory(session, out, history);
            } else {
                findings = new ArrayList<>(out.findings());
            }
        } finally {
            session.dispose();
        }
        findings.sort(ORDER);
        return new Evaluation(submission.submissionId(), submission.unit(), submission.inspectedOn(), findings,
                submission.content().notInspectedSections(), base.version());
    }
}
