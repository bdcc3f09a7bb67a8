package vn.hanoi.papi.scoring;

import java.time.LocalDate;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * What the score needs of a stored finding.
 *
 * @param closedOn the day (Hà Nội time) it was CLOSED, null when it is not closed
 */
public record ScoredFinding(String id, String unit, String ruleId, String subject, Severity severity, boolean repeat,
                            FindingStatus status, LocalDate inspectedOn, LocalDate remediationDue, LocalDate closedOn) {

    /** Counted in the CCHC score: CONFIRMED, REMEDIATION_SUBMITTED, CLOSED or REOPENED (never OPEN or DISMISSED). */
    public boolean counted() {
        return status != null && status.confirmed();
    }

    /**
     * Overdue as of {@code asOf}: its remediation deadline is before {@code asOf} and it was not CLOSED on or
     * before that deadline.
     */
    public boolean overdueAsOf(LocalDate asOf) {
        if (remediationDue == null || !remediationDue.isBefore(asOf)) {
            return false;
        }
        boolean closedInTime = status == FindingStatus.CLOSED && closedOn != null && !closedOn.isAfter(remediationDue);
        return !closedInTime;
    }
}
