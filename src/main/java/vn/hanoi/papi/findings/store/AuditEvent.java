package vn.hanoi.papi.findings.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change to a finding or a submission; the collection is append-only (no API updates or deletes it, and
 * {@link AuditTrail} only appends and reads). Its id is derived from what changed (the finding and its new
 * version, the submission, the photo, the order), so recording the same change again adds nothing.
 *
 * @param action     SUBMITTED, EVIDENCE_ADDED, REVIEW_CONFIRM, REVIEW_DISMISS, REMEDIATION_SUBMITTED, VERIFY_CLOSE,
 *                   VERIFY_REOPEN, OVERDUE or FOLLOW_UP_ORDERED
 * @param reason     why (a reviewer's reason, the unit's note, a job's explanation)
 * @param actor      who: a user or {@code system:<job>}
 * @param address    the client's address ({@code null} for a job)
 * @param version    the finding's version after the change
 * @param evidence   photo evidence ids (GridFS) the change carries
 * @param reference  the id of what the change created (a photo, an assignment)
 */
@Document("audit_events")
@CompoundIndexes({
        @CompoundIndex(name = "finding_at", def = "{'findingId': 1, 'at': 1}"),
        @CompoundIndex(name = "unit_at", def = "{'unit': 1, 'at': 1}")
})
public record AuditEvent(
        @Id String id,
        @Indexed String findingId,
        @Indexed String submissionId,
        @Indexed String unit,
        String action,
        String fromStatus,
        String toStatus,
        String reason,
        String actor,
        Instant at,
        String address,
        Long version,
        List<String> evidence,
        String reference) {

    /** A change to a submission (stored, a photo added). */
    public static AuditEvent ofSubmission(String id, String submissionId, String unit, String action, String reason,
                                          ChangedBy by, Instant at, String reference) {
        return new AuditEvent(id, null, submissionId, unit, action, null, null, reason, by.actor(), at, by.address(),
                null, null, reference);
    }
}
