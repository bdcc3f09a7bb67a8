package vn.hanoi.papi.submissions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A stored submission read back: what the answer to its sending said ({@link SubmissionView}: its findings, the
 * sections not inspected, …) and, under {@code submission}, the document itself as it was sent.
 */
public record SubmissionDetail(
        @JsonUnwrapped SubmissionView result,
        @Schema(description = "Phiếu như đã gửi", ref = "#/components/schemas/Submission") Map<String, Object> submission) {
}
