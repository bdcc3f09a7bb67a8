package vn.hanoi.papi.findings.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One change to a finding or a submission; the collection is append-only (no API updates or deletes it). */
@Document("audit_events")
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
        Instant at) {
}
