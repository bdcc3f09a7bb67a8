package vn.hanoi.papi.findings.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * A finding as stored: what the rule found, plus its place in the review. Its id is derived from the
 * submission, the rule and the subject, so storing it again is a no-op.
 *
 * @param facts              the facts with dates written as ISO text, as the API shows them
 * @param reviewReason       why the reviewer confirmed or dismissed it
 * @param remediation        what the unit last reported doing about it
 * @param verificationReason why the reviewer last closed or reopened it
 * @param overdue            marked by the daily job when the remediation deadline passed unclosed (the API
 *                           computes it on read as well); cleared when the finding is closed or dismissed
 * @param overdueSince       the first day it was overdue (the day after {@code remediationDue})
 * @param followUps          the ids of the follow-up inspections ordered for it
 * @param lastFollowUp       the id of the follow-up last ordered for it: while that one is not done, no other
 *                           may be ordered ({@link FollowUpOrders}); null when none was ever ordered
 * @param closedOn           the day (Hà Nội time) the reviewer closed it, set with the CLOSE move; null until then
 *                           (and for findings closed before the field existed: their VERIFY_CLOSE audit event says)
 */
@Document("findings")
@CompoundIndexes({
        @CompoundIndex(name = "unit_status", def = "{'unit': 1, 'status': 1}"),
        @CompoundIndex(name = "unit_rule_date", def = "{'unit': 1, 'ruleId': 1, 'inspectedOn': -1}")
})
public record StoredFinding(
        @Id String id,
        @Indexed String submissionId,
        @Indexed String ruleId,
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
        @Indexed FindingStatus status,
        @Indexed LocalDate inspectedOn,
        Instant createdAt,
        @Version Long version,
        String reviewReason,
        Remediation remediation,
        String verificationReason,
        @Indexed Boolean overdue,
        LocalDate overdueSince,
        List<String> followUps,
        LocalDate closedOn,
        String lastFollowUp) {
}
