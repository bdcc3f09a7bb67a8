package vn.hanoi.papi.web;

import java.util.List;
import java.util.Map;
import vn.hanoi.papi.checklist.ValidationError;

/**
 * Fields a JSON request body carries that its format does not have. They are refused by name, as the submission
 * validator refuses them, so that a misspelt field is never silently ignored. A body record collects them with a
 * {@code @JsonAnySetter Map<String, Object>} component.
 */
public final class UnknownFields {

    private UnknownFields() {
    }

    /**
     * One error per unknown field, in name order, its item {@code prefix + name}.
     *
     * @param format what the body is, for the message: "trường không có trong {format}"
     */
    public static List<ValidationError> of(Map<String, Object> unknown, String prefix, String format) {
        return unknown == null ? List.of() : unknown.keySet().stream().sorted()
                .map(name -> new ValidationError(prefix + name, "trường không có trong " + format))
                .toList();
    }
}
