package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;

/**
 * Where rule consequences put their findings (global {@code out}); one per evaluation. A rule writes
 * {@code out.raise(kcontext, Severity.MAJOR).subject(...).message(...).emit();} and the collector adds
 * what the rule declared in its metadata: id, PAPI code, lead agency, the legal basis in force.
 *
 * <p>A finding is finished when its severity is final (after the history rules): it then gets the remediation
 * deadline of that severity and, when any of its dates was counted on a year whose holidays are not published, the
 * note that says so (requirements: "the engine computes the statutory holidays itself … and says so in the finding").
 */
public final class FindingCollector {

    private final Map<String, RuleMetadata> metadata;
    private final RuleSettings settings;
    private final Inspection inspection;
    private final WorkingDayCalendar calendar;
    /** The fact listing the years whose holidays were computed for the finding's dates. */
    static final String COMPUTED_YEARS = "calendarComputedYears";

    private final List<Finding> findings = new ArrayList<>();
    private final Map<Severity, LocalDate> remediationDue = new EnumMap<>(Severity.class);
    private final Map<Severity, SortedSet<Integer>> remediationComputedYears = new EnumMap<>(Severity.class);

    public FindingCollector(Map<String, RuleMetadata> metadata, RuleSettings settings, Inspection inspection,
                            WorkingDayCalendar calendar) {
        this.metadata = metadata;
        this.settings = settings;
        this.inspection = inspection;
        this.calendar = calendar;
    }

    public FindingBuilder raise(RuleContext kcontext, Severity severity) {
        return raise(kcontext.getRule().getName(), severity);
    }

    /** The same as {@link #raise(RuleContext, Severity)}, for code that is not a DRL consequence: the rule named by its DRL name. */
    public FindingBuilder raise(String ruleName, Severity severity) {
        RuleMetadata meta = metadata.get(ruleName);
        if (meta == null) {
            throw new IllegalStateException("luật \"" + ruleName + "\" không có metadata");
        }
        return new FindingBuilder(this, meta, severity, inspection);
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    RuleSettings settings() {
        return settings;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    /** asOf + the working days configured for the severity; null when the severity has none (advisories). */
    LocalDate remediationDue(Severity severity) {
        return remediationDue.computeIfAbsent(severity, s -> {
            Integer days = settings.remediationDays(s);
            return days == null ? null : calendar.addWorkingDays(inspection.asOf(), days);
        });
    }

    /** The findings as raised, before the history rules: no remediation deadline, no calendar note yet. */
    List<Finding> raised() {
        return List.copyOf(findings);
    }

    /** The findings, finished with their severity as raised (no history rules ran). */
    public List<Finding> findings() {
        List<Finding> finished = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            finished.add(finish(f));
        }
        return finished;
    }

    /** The finding with the remediation deadline of its (final) severity, and the note on computed holidays. */
    Finding finish(Finding f) {
        LocalDate due = remediationDue(f.severity());
        SortedSet<Integer> remediationYears = remediationComputedYears.computeIfAbsent(f.severity(),
                s -> due == null ? new TreeSet<>() : calendar.computedYears(inspection.asOf(), due));
        Object counted = f.facts().get(COMPUTED_YEARS);
        Map<String, Object> facts = f.facts();
        String message = f.message();
        if (!remediationYears.isEmpty() || counted != null) {
            SortedSet<Integer> years = new TreeSet<>(remediationYears);
            if (counted instanceof List<?> list) {
                list.forEach(y -> years.add((Integer) y));
            }
            facts = new LinkedHashMap<>(facts);
            facts.put(COMPUTED_YEARS, List.copyOf(years));
            message += " (Ngày nghỉ lễ năm " + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " được tính theo quy định vì chưa có lịch nghỉ công bố.)";
        }
        return new Finding(f.ruleId(), f.severity(), f.repeat(), f.unit(), f.papi(), f.leadAgency(), f.subject(),
                message, f.legalBasis(), f.legalDeadline(), due, facts);
    }
}
