package vn.hanoi.papi.findings.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * A finding from the API: the finding JSON of the spec plus id, submissionId, status, overdue and version; then
 * where it stands in its review: since when it is overdue, the reviewer's reason, the unit's last remedy and the
 * reason of the last verification, and the day it was closed.
 */
@JsonPropertyOrder({"id", "submissionId", "ruleId", "severity", "repeat", "unit", "papi", "leadAgency", "subject",
        "message", "legalBasis", "legalDeadline", "remediationDue", "facts", "status", "overdue", "version",
        "overdueSince", "reviewReason", "remediation", "verificationReason", "closedOn"})
public record FindingView(
        String id,
        String submissionId,
        String ruleId,
        Severity severity,
        boolean repeat,
        String unit,
        String papi,
        String leadAgency,
        String subject,
        String message,
        String legalBasis,
        LocalDate legalDeadline,
        LocalDate remediationDue,
        Map<String, Object> facts,
        FindingStatus status,
        boolean overdue,
        long version,
        LocalDate overdueSince,
        String reviewReason,
        Remediation remediation,
        String verificationReason,
        LocalDate closedOn) {
}
