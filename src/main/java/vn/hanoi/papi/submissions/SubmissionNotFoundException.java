package vn.hanoi.papi.submissions;

import vn.hanoi.papi.checklist.SubmissionValidator;
import vn.hanoi.papi.json.JsonErrors;

public class SubmissionNotFoundException extends RuntimeException {
    public SubmissionNotFoundException(String submissionId) {
        // Whole when it may be an id; a longer text is no id and is cut.
        super("Không có phiếu kiểm tra " + JsonErrors.excerpt(submissionId, SubmissionValidator.MAX_ID_LENGTH));
    }
}
