package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;
import vn.hanoi.papi.findings.Severity;

/**
 * A duty's deadline judged on the inspection day.
 *
 * @param start         the event the period runs from (never counted itself)
 * @param due           the last compliant day
 * @param period        how the period was counted, in Vietnamese (e.g. "5 ngày làm việc")
 * @param doneOn        when the duty was done, null if not done
 * @param asOf          the inspection day
 * @param computedYears years whose holidays were computed, not published, on the way from start to due
 */
public record Deadline(
        LocalDate start,
        LocalDate due,
        String period,
        LocalDate doneOn,
        LocalDate asOf,
        Timeliness timeliness,
        SortedSet<Integer> computedYears) {

    public static Deadline judge(LocalDate start, LocalDate due, String period, LocalDate doneOn, LocalDate asOf,
                                 SortedSet<Integer> computedYears) {
        Timeliness timeliness;
        if (doneOn != null) {
            timeliness = doneOn.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
        } else {
            timeliness = due.isBefore(asOf) ? Timeliness.MISSING : Timeliness.NOT_DUE;
        }
        return new Deadline(start, due, period, doneOn, asOf, timeliness, computedYears);
    }

    /**
     * Identity, not value, equality: the engine keeps every deadline a rule computes in a hash-based memory,
     * and hashing all the fields (the years set among them) of each costs more than the rule itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Late or missing: the only states that make a finding. */
    public boolean isBreached() {
        return timeliness == Timeliness.LATE || timeliness == Timeliness.MISSING;
    }

    public boolean isLate() {
        return timeliness == Timeliness.LATE;
    }

    public boolean isMissing() {
        return timeliness == Timeliness.MISSING;
    }

    /** Calendar days after the deadline: to the day it was done, or to the inspection day if never done. */
    public long daysLate() {
        return switch (timeliness) {
            case LATE -> ChronoUnit.DAYS.between(due, doneOn);
            case MISSING -> ChronoUnit.DAYS.between(due, asOf);
            default -> 0;
        };
    }

    /** The severity a "missing X / late Y" rule raises. */
    public Severity severity(Severity whenMissing, Severity whenLate) {
        return isMissing() ? whenMissing : whenLate;
    }
}
