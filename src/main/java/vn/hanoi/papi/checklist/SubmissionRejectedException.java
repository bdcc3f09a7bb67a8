package vn.hanoi.papi.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot be evaluated; it carries every problem at once. */
public class SubmissionRejectedException extends RuntimeException {

    private final transient List<ValidationError> errors;

    public SubmissionRejectedException(List<ValidationError> errors) {
        super("Phiếu kiểm tra không hợp lệ (" + errors.size() + " lỗi): "
                + errors.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
