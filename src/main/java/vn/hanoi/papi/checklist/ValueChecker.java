package vn.hanoi.papi.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import vn.hanoi.papi.calendar.Quarter;
import vn.hanoi.papi.json.JsonErrors;
import tools.jackson.databind.JsonNode;

/** Checks one value against its spec; each method reports what is wrong, in Vietnamese, or null. */
final class ValueChecker {

    private static final Pattern YYYY_MM_DD = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ValueChecker() {
    }

    /**
     * The problem with {@code node} as a value of {@code spec}, or null when it is fine; a text may be {@code maxLength}
     * characters long. Null values are the caller's concern.
     */
    static String problem(ValueSpec spec, JsonNode node, LocalDate inspectedOn, int maxLength) {
        return switch (spec.valueType()) {
            case STRING -> node.isString() && !node.asString().isBlank()
                    ? lengthProblem(node.asString(), maxLength)
                    : ValidationTexts.format("string");
            case BOOL -> node.isBoolean() ? null : ValidationTexts.format("bool");
            case INT -> intProblem(spec, node);
            case ENUM -> node.isString() && spec.values().contains(node.asString())
                    ? null
                    : ValidationTexts.format("enum", received(node), String.join(", ", spec.values()));
            case QUARTER -> quarterProblem(node);
            case DATE -> dateProblem(spec, node, inspectedOn);
        };
    }

    /** A text longer than {@code maxLength}, or null. */
    static String lengthProblem(String text, int maxLength) {
        return text.length() > maxLength ? ValidationTexts.format("string.tooLong", text.length(), maxLength) : null;
    }

    /** A value as a message repeats it: its JSON, or only the beginning of a long one. */
    static String received(JsonNode node) {
        return JsonErrors.excerpt(String.valueOf(node));
    }

    /** A date written exactly {@code YYYY-MM-DD}: four digits for the year, no sign, a real day. */
    static LocalDate date(JsonNode node) {
        if (node == null || !node.isString() || !YYYY_MM_DD.matcher(node.asString()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString(), ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String intProblem(ValueSpec spec, JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return ValidationTexts.format("int", received(node));
        }
        int value = node.asInt();
        if (spec.min() != null && value < spec.min()) {
            return ValidationTexts.format("int.min", spec.min(), value);
        }
        if (spec.max() != null && value > spec.max()) {
            return ValidationTexts.format("int.max", spec.max(), value);
        }
        return null;
    }

    private static String quarterProblem(JsonNode node) {
        if (node.isString()) {
            try {
                Quarter.parse(node.asString());
                return null;
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        return ValidationTexts.format("quarter", received(node));
    }

    private static String dateProblem(ValueSpec spec, JsonNode node, LocalDate inspectedOn) {
        LocalDate date = date(node);
        if (date == null) {
            return ValidationTexts.format("date", received(node));
        }
        if (!spec.mayBeAfterInspection() && inspectedOn != null && date.isAfter(inspectedOn)) {
            return ValidationTexts.format("date.afterInspection", date, inspectedOn);
        }
        return null;
    }

    static List<String> typeWords() {
        return List.of("date", "date?", "int", "bool", "string", "enum", "quarter");
    }
}
