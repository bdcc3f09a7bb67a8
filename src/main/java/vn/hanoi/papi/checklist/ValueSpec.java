package vn.hanoi.papi.checklist;

import java.util.List;

/** What a value must look like: shared by answer items and record fields. */
public interface ValueSpec {

    /** The template's type text, e.g. {@code date?}. */
    String type();

    Integer min();

    Integer max();

    List<String> values();

    /** Dates must not be after the inspection day, except the few that name a future due date. */
    boolean mayBeAfterInspection();

    /** A date that may not come before another item or field of the same section or row, e.g. a result before receipt. */
    String notBefore();

    /** A count that may not exceed another item or field of the same section or row, e.g. agreed ≤ attendees. */
    String notAbove();

    default ValueType valueType() {
        return ValueType.parse(type());
    }

    default boolean nullable() {
        return type().endsWith("?");
    }
}
