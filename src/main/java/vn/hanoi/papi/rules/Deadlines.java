package vn.hanoi.papi.rules;

import java.time.LocalDate;
import vn.hanoi.papi.calendar.WorkingDayCalendar;

/**
 * The deadline arithmetic rules call (global {@code deadlines}): the catalog's WD n, CD n and fixed-date
 * deadlines, all on the one working-day calendar.
 */
public final class Deadlines {

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** WD n: the n-th working day after {@code start}; the start day itself is never counted. */
    public Deadline workingDays(LocalDate start, int n, LocalDate doneOn, LocalDate asOf) {
        LocalDate due = calendar.addWorkingDays(start, n);
        return Deadline.judge(start, due, n + " ngày làm việc", doneOn, asOf, calendar.computedYears(start, due));
    }

    /** CD n: start + n days, moved to the next working day when that day is not one (Civil Code art. 148). */
    public Deadline calendarDays(LocalDate start, int n, LocalDate doneOn, LocalDate asOf) {
        LocalDate due = calendar.addCalendarDays(start, n);
        return Deadline.judge(start, due, n + " ngày", doneOn, asOf, calendar.computedYears(start, due));
    }

    /** A fixed last day, e.g. a dossier's due date or "election day − 20 days" (never shifted). */
    public Deadline fixed(LocalDate due, LocalDate doneOn, LocalDate asOf) {
        return Deadline.judge(due, due, "hạn cố định", doneOn, asOf, java.util.Collections.emptySortedSet());
    }
}
