package vn.hanoi.papi.web;

import java.util.List;
import vn.hanoi.papi.checklist.ValidationError;

/** A request whose content is wrong, with every problem named: answered 400. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<ValidationError> errors;

    public InvalidRequestException(String title, List<ValidationError> errors) {
        super(title);
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
