package vn.hanoi.papi.submissions;

import vn.hanoi.papi.json.JsonErrors;

public class SubmissionNotFoundException extends RuntimeException {
    public SubmissionNotFoundException(String submissionId) {
        super("Không có phiếu kiểm tra " + JsonErrors.excerpt(submissionId));
    }
}
