package vn.hanoi.papi.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import vn.hanoi.papi.checklist.SubmissionValidator;
import vn.hanoi.papi.checklist.ValidationError;

/**
 * Jackson's reading errors of a JSON request body in Vietnamese, naming the field (its path in the body:
 * {@code decision}, {@code [0].villages}, {@code evidence[1]}), what was given and what is expected. Jackson's own
 * messages name Java types and settings, which mean nothing to the caller and must not reach them; they are read
 * here only to tell apart syntax errors that Jackson reports with the one exception type.
 */
final class JsonReadErrors {

    /** The item of an error of the whole body (syntax, empty body), as the submission validator names it. */
    static final String WHOLE_BODY = "(JSON)";

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("^Unexpected character \\((.+?) \\(code \\d+\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");

    private JsonReadErrors() {
    }

    /** The error as one item of a problem detail's {@code errors}. */
    static ValidationError describe(JacksonException e) {
        String path = path(e);
        return new ValidationError(path.isEmpty() ? WHOLE_BODY : path, message(e));
    }

    /** The error of a body without any content (no byte, or only spaces). */
    static ValidationError empty() {
        return new ValidationError(WHOLE_BODY, "nội dung trống: cần một đối tượng JSON");
    }

    private static String message(JacksonException e) {
        if (e instanceof InputCoercionException coercion) {        // a number too large for its field
            return "số nằm ngoài khoảng cho phép (cần " + expected(coercion.getTargetType()) + ")";
        }
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            return syntax(e);
        }
        if (e instanceof PropertyBindingException unknown) {
            return "trường không có trong định dạng; các trường nhận: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            return invalidValue(format);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch);
        }
        return "giá trị không đọc được";
    }

    /** A body that is not JSON: where and, as far as Jackson says, why. */
    private static String syntax(JacksonException e) {
        String what;
        String original = e.getOriginalMessage();
        Matcher m;
        if (e instanceof StreamConstraintsException) {
            what = original.contains("nesting depth")
                    ? "JSON lồng nhau quá " + SubmissionValidator.MAX_JSON_DEPTH + " mức"
                    : "một giá trị JSON dài quá giới hạn";
        } else if (e instanceof UnexpectedEndOfInputException || original.startsWith("Unexpected end-of-input")) {
            what = "nội dung JSON kết thúc giữa chừng (thiếu dấu đóng ngoặc, dấu nháy hoặc giá trị)";
        } else if ((m = DUPLICATE.matcher(original)).find()) {
            what = "trường \"" + m.group(1) + "\" xuất hiện hai lần";
        } else if ((m = UNEXPECTED_CHARACTER.matcher(original)).find()) {
            what = "ký tự không hợp lệ " + m.group(1);
        } else if ((m = UNRECOGNIZED_TOKEN.matcher(original)).find()) {
            what = "giá trị không hợp lệ '" + m.group(1) + "' (cần chuỗi trong dấu nháy kép, số, true, false, null, "
                    + "mảng hoặc đối tượng)";
        } else if ((m = CLOSE_MARKER.matcher(original)).find()) {
            what = "dấu đóng '" + m.group(1) + "' không khớp với dấu mở";
        } else if (original.startsWith("Illegal unquoted character")) {
            what = "ký tự điều khiển trong chuỗi chưa được viết dưới dạng thoát (\\n, \\t, \\u0001…)";
        } else if (original.startsWith("Invalid numeric value")) {
            what = "số viết sai (ví dụ số 0 ở đầu, dấu chấm không có chữ số theo sau)";
        } else {
            what = "sai cú pháp JSON";
        }
        return what + at(e.getLocation());
    }

    private static String at(TokenStreamLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " (dòng " + where.getLineNr() + ", cột " + where.getColumnNr() + ")";
    }

    /** A value of the right JSON kind that does not fit: a text that is not one of the enum's names, not a date… */
    private static String invalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String given = "\"" + e.getValue() + "\"";
        if (target != null && target.isEnum()) {
            return "giá trị " + given + " không hợp lệ; chấp nhận: " + names(target);
        }
        if (target == LocalDate.class) {
            return String.valueOf(e.getValue()).matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "ngày " + given + " không tồn tại (dạng YYYY-MM-DD)"
                    : "phải là ngày dạng YYYY-MM-DD (nhận " + given + ")";
        }
        return "cần " + expected(target) + " (nhận " + given + ")";
    }

    /** A value of the wrong JSON kind, a missing one or null where a value is needed. */
    private static String mismatch(MismatchedInputException e) {
        JsonToken token = e.getCurrentToken();
        if (token == null && e.getPath().isEmpty()) {             // "No content to map due to end-of-input"
            return empty().message();
        }
        String expected = expected(e.getTargetType());
        if (token == JsonToken.END_OBJECT) {                       // a required property the object does not have
            return "thiếu (cần " + expected + ")";
        }
        if (token == JsonToken.VALUE_NULL) {
            return "không được để null (cần " + expected + ")";
        }
        return "cần " + expected + (token == null ? "" : " (nhận " + kind(token) + ")");
    }

    /** What a Java type takes, in JSON terms. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "giá trị khác";
        }
        if (type.isEnum()) {
            return "một trong các giá trị " + names(type);
        }
        if (type == LocalDate.class) {
            return "một ngày dạng YYYY-MM-DD";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "một chuỗi ký tự";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true hoặc false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "một số nguyên";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "một số";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "một danh sách (mảng JSON)";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "một đối tượng JSON"
                : "giá trị khác";
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "một danh sách";
            case START_OBJECT -> "một đối tượng";
            case VALUE_STRING -> "một chuỗi ký tự";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "một số";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> "giá trị khác";
        };
    }

    private static String names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** The field's path in the body: {@code decision}, {@code units[0].villages} as {@code [0].villages}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
