package vn.hanoi.papi.json;

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
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Jackson's reading errors told in Vietnamese, for whoever wrote the JSON: what is wrong, the item it is about
 * ({@code [0].villages}) and where (line, column). Jackson's own texts are English and name Java types, so they are
 * never shown; one worded in a way not known here gets a general text (the line and column still say where).
 */
public final class JsonErrors {

    /** The longest part of a value or name that a message repeats. */
    public static final int EXCERPT_LENGTH = 40;

    private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"$", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'(?:: expected '(.)')?");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)' \\(code");
    /** Jackson's refusal to turn a value of one kind into another: {@code Cannot coerce String value ("zero") to …}. */
    private static final Pattern COERCION = Pattern.compile("^Cannot coerce [A-Za-z-]+ value \\(\"?(.*?)\"?\\) to", Pattern.DOTALL);
    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\((.*?)\\) out of range", Pattern.DOTALL);

    /** What the character Jackson expected instead of the one it found was for. */
    private static final Map<String, String> EXPECTED = Map.of(
            "was expecting a colon", "cần dấu ':' giữa tên trường và giá trị",
            "was expecting double-quote to start property name", "cần tên trường trong dấu ngoặc kép",
            "was expecting comma to separate Object entries", "cần dấu ',' giữa các trường hoặc '}' đóng đối tượng",
            "was expecting comma to separate Array entries", "cần dấu ',' giữa các phần tử hoặc ']' đóng mảng");

    private JsonErrors() {
    }

    /** {@code text} as a message may repeat it: whole when short, else its beginning and "…". */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT_LENGTH);
    }

    /** {@code text} whole when at most {@code length} characters long, else its first {@code length} and "…". */
    public static String excerpt(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length) + "…";
    }

    /** The reading error as one line: {@code [0].villages: thiếu (cần một số nguyên) (dòng 1, cột 14)}. */
    public static String describe(JacksonException e) {
        String item = item(e);
        return (item.isEmpty() ? "" : item + ": ") + what(e) + where(e);
    }

    /** Where the error is, as {@code " (dòng 1, cột 25)"}, or nothing when Jackson does not say. */
    public static String where(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
            return "";
        }
        return " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
    }

    /** The item a mapping error is about, as {@code [0].villages}; empty for the document as a whole. */
    public static String item(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            } else if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(excerpt(step.getPropertyName()));
            }
        }
        return path.toString();
    }

    /** What is wrong, in Vietnamese. */
    public static String what(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof PropertyBindingException unknown) {
            return "trường không có trong định dạng" + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException format) {
            return invalidValue(format);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch, message);
        }
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (e instanceof InputCoercionException || OUT_OF_RANGE.matcher(message).find()) {
            Matcher number = OUT_OF_RANGE.matcher(message);
            return "số " + (number.find() ? excerpt(number.group(1)) + " " : "") + "vượt quá giới hạn cho phép"
                    + (e instanceof InputCoercionException coercion && coercion.getTargetType() != null
                            ? " (cần " + expected(coercion.getTargetType()) + ")" : "");
        }
        return syntax(message);
    }

    /** A value of the right JSON kind that does not fit: a text that is not one of the enum's names, not a date… */
    private static String invalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String given = "\"" + excerpt(String.valueOf(e.getValue())) + "\"";
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

    /** A value of the wrong JSON kind, a missing one, null where a value is needed, or no document at all. */
    private static String mismatch(MismatchedInputException e, String message) {
        if (message.startsWith("No content to map")) {
            return "nội dung trống: không có tài liệu JSON";
        }
        if (message.startsWith("Trailing token")) {
            return "còn nội dung thừa sau khi tài liệu JSON đã kết thúc";
        }
        String expected = expected(e.getTargetType());
        JsonToken token = e.getCurrentToken();
        if (token == JsonToken.END_OBJECT) {                       // a required property the object does not have
            return "thiếu (cần " + expected + ")";
        }
        if (token == JsonToken.VALUE_NULL) {
            return "không được để null (cần " + expected + ")";
        }
        return "cần " + expected + (token == null ? "" : " (nhận " + given(e, token) + ")");
    }

    /** What came: the value itself when Jackson's refusal to convert it quotes it, else its kind. */
    private static String given(MismatchedInputException e, JsonToken token) {
        Matcher coerced = COERCION.matcher(String.valueOf(e.getOriginalMessage()));
        if (coerced.find()) {
            return token == JsonToken.VALUE_STRING ? "\"" + excerpt(coerced.group(1)) + "\"" : excerpt(coerced.group(1));
        }
        return kind(token);
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

    /** An error in the JSON text itself, before any mapping. */
    private static String syntax(String message) {
        Matcher m;
        if (message.startsWith("Unexpected end-of-input")) {
            return message.contains("VALUE_STRING") || message.contains("closing quote") ? "hết nội dung giữa một chuỗi: thiếu dấu \" đóng chuỗi"
                    : "hết nội dung khi tài liệu JSON chưa kết thúc: thiếu phần sau hoặc dấu '}' hay ']' đóng";
        }
        if ((m = DUPLICATE.matcher(message)).find()) {
            return "trường \"" + excerpt(m.group(1)) + "\" xuất hiện hai lần trong cùng một đối tượng";
        }
        if (message.contains("in numeric value") || message.startsWith("Invalid numeric value")) {
            return message.contains("Leading zeroes") ? "số không hợp lệ: không được viết số 0 ở đầu"
                    : "số không hợp lệ";
        }
        if ((m = TOKEN.matcher(message)).find()) {
            return "'" + excerpt(m.group(1)) + "' không phải giá trị JSON hợp lệ; cần chuỗi trong dấu ngoặc kép, số, "
                    + "đối tượng, mảng, true, false hoặc null";
        }
        if ((m = CHARACTER.matcher(message)).find()) {
            String expected = EXPECTED.entrySet().stream().filter(x -> message.contains(x.getKey()))
                    .map(x -> "; " + x.getValue()).findFirst().orElse("");
            return "ký tự không mong đợi '" + excerpt(m.group(1)) + "'" + expected;
        }
        if ((m = CLOSE_MARKER.matcher(message)).find()) {
            return m.group(2) == null ? "dấu đóng '" + m.group(1) + "' không khớp với dấu mở nào"
                    : "gặp dấu đóng '" + m.group(1) + "' trong khi cần '" + m.group(2) + "'";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "chuỗi chứa ký tự điều khiển (xuống dòng, tab…) chưa viết dạng thoát như \\n, \\t";
        }
        if (message.startsWith("Illegal character")) {
            return "ký tự điều khiển không được phép giữa các phần của JSON";
        }
        if ((m = ESCAPE.matcher(message)).find()) {
            return "chuỗi có dãy thoát không hợp lệ \\" + excerpt(m.group(1));
        }
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-32")) {
            return "văn bản không phải UTF-8 hợp lệ";
        }
        return "JSON không hợp lệ";
    }

    private static String limit(String message) {
        Matcher nesting = NESTING.matcher(message);
        if (nesting.find()) {
            return "JSON lồng nhau quá sâu: quá " + nesting.group(2) + " tầng đối tượng và mảng";
        }
        if (message.startsWith("String value length")) {
            return "chuỗi quá dài";
        }
        if (message.startsWith("Name length")) {
            return "tên trường quá dài";
        }
        if (message.startsWith("Number value length")) {
            return "số có quá nhiều chữ số";
        }
        return "tài liệu JSON vượt quá giới hạn cho phép";
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        return " (các trường: " + names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
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

    private static String names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
