package vn.hanoi.papi.checklist;

import java.time.LocalDate;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Checks between two values of one section or row that the template links: a result may not come
 * before its receipt ({@code notBefore}), a count may not exceed its whole ({@code notAbove}).
 */
final class CrossCheck {

    private CrossCheck() {
    }

    /** The problem, or null; {@code sibling} looks up the other value by its name in the same section or row. */
    static String problem(ValueSpec spec, JsonNode value, Function<String, JsonNode> sibling) {
        if (spec.notBefore() != null) {
            LocalDate own = ValueChecker.date(value);
            LocalDate other = ValueChecker.date(sibling.apply(spec.notBefore()));
            if (own != null && other != null && own.isBefore(other)) {
                return ValidationTexts.format("notBefore", own, spec.notBefore(), other);
            }
        }
        if (spec.notAbove() != null) {
            JsonNode other = sibling.apply(spec.notAbove());
            if (value.isIntegralNumber() && other != null && other.isIntegralNumber() && value.asInt() > other.asInt()) {
                return ValidationTexts.format("notAbove", value.asInt(), spec.notAbove(), other.asInt());
            }
        }
        return null;
    }
}
