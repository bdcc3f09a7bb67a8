package vn.hanoi.papi.rules;

/** How a duty with a deadline stands on the day of the inspection. */
public enum Timeliness {
    /** Done on or before the deadline. */
    ON_TIME,
    /** Done, but after the deadline. */
    LATE,
    /** Not done, and the deadline is before the inspection day. */
    MISSING,
    /** Not done, but the deadline has not passed (a deadline equal to the inspection day is not over yet). */
    NOT_DUE
}
