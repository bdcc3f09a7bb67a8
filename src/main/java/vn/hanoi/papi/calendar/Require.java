package vn.hanoi.papi.calendar;

/** Checks for missing JSON fields, worded for whoever maintains the calendar files. */
final class Require {

    private Require() {
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Thiếu trường \"" + field + "\"");
        }
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Thiếu trường \"" + field + "\"");
        }
    }
}
