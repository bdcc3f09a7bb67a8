package vn.hanoi.papi.submissions;

/** The submissionId is taken by a submission with other content: nothing is stored or changed. */
public class SubmissionConflictException extends RuntimeException {
    public SubmissionConflictException(String submissionId) {
        super("Mã phiếu " + submissionId + " đã được dùng cho một phiếu có nội dung khác; phiếu mới không được lưu.");
    }
}
