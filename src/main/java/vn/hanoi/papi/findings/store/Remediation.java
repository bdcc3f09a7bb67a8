package vn.hanoi.papi.findings.store;

import java.time.Instant;
import java.util.List;

/**
 * What the unit last reported doing about a finding (earlier reports stay in the audit trail).
 *
 * @param evidence photo ids (GridFS) attached to the finding's submission
 */
public record Remediation(String note, List<String> evidence, Instant submittedAt, String submittedBy) {
}
