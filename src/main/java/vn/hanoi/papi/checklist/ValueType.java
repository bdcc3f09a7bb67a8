package vn.hanoi.papi.checklist;

/** The value types a template item or record field may have; a trailing {@code ?} in the template means nullable. */
public enum ValueType {
    STRING, DATE, INT, BOOL, ENUM, QUARTER;

    static ValueType parse(String type) {
        String bare = type.endsWith("?") ? type.substring(0, type.length() - 1) : type;
        return valueOf(bare.toUpperCase(java.util.Locale.ROOT));
    }
}
