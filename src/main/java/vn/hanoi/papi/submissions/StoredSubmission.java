package vn.hanoi.papi.submissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * A submission as stored: the document the tablet sent, untouched, with what its evaluation produced. The
 * id is the tablet's submissionId (unique): storing it is one atomic insert, and a second one is refused.
 *
 * @param contentHash  hash of the canonical JSON, to tell a retry from different content under the same id
 * @param findingIds   its findings' ids, so that reading them is one lookup by id, not a scan
 * @param rulesVersion content hash of the rule set that evaluated it
 */
@org.springframework.data.mongodb.core.mapping.Document("submissions")
public record StoredSubmission(
        @Id String submissionId,
        String contentHash,
        @Indexed String unit,
        @Indexed LocalDate inspectedOn,
        String inspectionType,
        String template,
        int templateVersion,
        List<String> notInspected,
        int findingCount,
        List<String> findingIds,
        String rulesVersion,
        Instant receivedAt,
        Document document) {
}
