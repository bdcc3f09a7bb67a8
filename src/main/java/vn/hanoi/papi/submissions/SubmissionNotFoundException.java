package vn.hanoi.papi.submissions;

public class SubmissionNotFoundException extends RuntimeException {
    public SubmissionNotFoundException(String submissionId) {
        super("Không có phiếu kiểm tra " + submissionId);
    }
}
