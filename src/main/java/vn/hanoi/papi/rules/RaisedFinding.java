package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;

/**
 * A finding of this evaluation as the history rules see it: they may mark it a repeat (one severity step up) or
 * replace it by FOLLOWUP-01 when an earlier confirmed finding was not remedied in time.
 */
public final class RaisedFinding {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Finding finding;
    private boolean followUp;

    public RaisedFinding(Finding finding) {
        this.finding = finding;
    }

    public String getRuleId() {
        return finding.ruleId();
    }

    public String getSubject() {
        return finding.subject();
    }

    public Severity getSeverity() {
        return finding.severity();
    }

    public boolean isRepeat() {
        return finding.repeat();
    }

    public boolean isFollowUp() {
        return followUp;
    }

    /** Tái phạm: marked a repeat, one severity step up (advisories stay advisories). */
    public void escalate(PriorFinding earlier) {
        Map<String, Object> facts = new LinkedHashMap<>(finding.facts());
        facts.put("repeatOf", earlier.findingId());
        facts.put("repeatOfInspectedOn", earlier.inspectedOn());
        finding = new Finding(finding.ruleId(), finding.severity().raised(), true, finding.unit(), finding.papi(),
                finding.leadAgency(), finding.subject(),
                finding.message() + " Tái phạm: vi phạm cùng loại đã được kết luận tại lần kiểm tra ngày "
                        + earlier.inspectedOn().format(VN_DATE) + ".",
                finding.legalBasis(), finding.legalDeadline(), null, facts);
    }

    /** Chưa khắc phục: replaced by FOLLOWUP-01 CRITICAL, same subject, naming the earlier finding. */
    public void replaceByFollowUp(String ruleId, PriorFinding earlier) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("earlierFindingId", earlier.findingId());
        facts.put("earlierRuleId", earlier.ruleId());
        facts.put("earlierInspectedOn", earlier.inspectedOn());
        facts.put("earlierRemediationDue", earlier.remediationDue());
        facts.putAll(finding.facts());
        finding = new Finding(ruleId, Severity.CRITICAL, false, finding.unit(), finding.papi(), finding.leadAgency(),
                finding.subject(),
                "Chưa khắc phục vi phạm " + earlier.ruleId() + " đã được kết luận tại lần kiểm tra ngày "
                        + earlier.inspectedOn().format(VN_DATE) + " (hạn khắc phục "
                        + earlier.remediationDue().format(VN_DATE) + "): " + finding.message(),
                finding.legalBasis() + "; Kế hoạch 164/KH-UBND (tái kiểm tra việc khắc phục)", finding.legalDeadline(), null,
                facts);
        followUp = true;
    }

    /** The finding as the history rules left it (its remediation deadline is set when it is finished). */
    Finding finding() {
        return finding;
    }
}
