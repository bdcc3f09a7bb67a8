package vn.hanoi.papi.web;

import tools.jackson.core.JacksonException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.json.JsonErrors;

/**
 * Jackson's reading errors of a JSON request body as an item of a problem detail's {@code errors}: the field's path
 * in the body ({@code decision}, {@code [0].villages}, {@code evidence[1]}) and, in Vietnamese, what is wrong
 * ({@link JsonErrors}, shared with the submission reader and the command line).
 */
final class JsonReadErrors {

    /** The item of an error of the whole body (syntax, empty body), as the submission validator names it. */
    static final String WHOLE_BODY = "(JSON)";

    private JsonReadErrors() {
    }

    /** The error as one item of a problem detail's {@code errors}. */
    static ValidationError describe(JacksonException e) {
        String item = JsonErrors.item(e);
        // a field's path says where a value is wrong; the line and column, where the text itself is
        return item.isEmpty() ? new ValidationError(WHOLE_BODY, JsonErrors.what(e) + JsonErrors.where(e))
                : new ValidationError(item, JsonErrors.what(e));
    }

    /** The error of a body without any content (no byte, or only spaces). */
    static ValidationError empty() {
        return new ValidationError(WHOLE_BODY, "nội dung trống: cần một đối tượng JSON");
    }
}
