package vn.hanoi.papi.rules;

import java.time.LocalDate;
import vn.hanoi.papi.findings.FindingStatus;

/**
 * A finding stored from an earlier inspection of the same unit, as the history rules see it (repeat violations,
 * follow-up inspections).
 */
public record PriorFinding(
        String findingId,
        String submissionId,
        String ruleId,
        String subject,
        LocalDate inspectedOn,
        FindingStatus status,
        LocalDate remediationDue) {

    /** Confirmed at some point by the reviewer (CONFIRMED, REMEDIATION_SUBMITTED, CLOSED or REOPENED). */
    public boolean isConfirmed() {
        return status != null && status.confirmed();
    }
}
