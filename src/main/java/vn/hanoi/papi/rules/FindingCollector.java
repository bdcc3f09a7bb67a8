package vn.hanoi.papi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;

/**
 * Where rule consequences put their findings (global {@code out}); one per evaluation. A rule writes
 * {@code out.raise(kcontext, Severity.MAJOR).subject(...).message(...).emit();} and the collector adds
 * what the rule declared in its metadata: id, PAPI code, lead agency, the legal basis in force.
 */
public final class FindingCollector {

    private final Map<String, RuleMetadata> metadata;
    private final RuleSettings settings;
    private final Inspection inspection;
    private final WorkingDayCalendar calendar;
    private final List<Finding> findings = new ArrayList<>();
    private final java.util.Map<Severity, java.time.LocalDate> remediationDue = new java.util.EnumMap<>(Severity.class);

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
    java.time.LocalDate remediationDue(Severity severity) {
        return remediationDue.computeIfAbsent(severity, s -> {
            Integer days = settings.remediationDays(s);
            return days == null ? null : calendar.addWorkingDays(inspection.asOf(), days);
        });
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
