package vn.hanoi.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One year's working days as a bit per day, so lookups and counts cost no date arithmetic.
 * Never modified after construction, hence safe to share between threads.
 */
final class YearCalendar {

    private final BitSet workingDays;
    private final Map<LocalDate, String> dayOffNames;

    private YearCalendar(BitSet workingDays, Map<LocalDate, String> dayOffNames) {
        this.workingDays = workingDays;
        this.dayOffNames = dayOffNames;
    }

    /**
     * @param daysOff           holidays and compensatory days (weekends may be among them)
     * @param workingSaturdays  swapped Saturdays; they win over a day off listed elsewhere
     */
    static YearCalendar build(int year, Map<LocalDate, String> daysOff,
                              Set<LocalDate> workingSaturdays) {
        BitSet working = new BitSet(366);
        LocalDate first = LocalDate.of(year, 1, 1);
        for (LocalDate day = first; day.getYear() == year; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
            if ((weekday && !daysOff.containsKey(day)) || workingSaturdays.contains(day)) {
                working.set(day.getDayOfYear() - 1);
            }
        }
        return new YearCalendar(working, Map.copyOf(daysOff));
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDays.get(day.getDayOfYear() - 1);
    }

    /** Working days in [from, to]; both dates lie in this year. */
    int countWorkingDays(LocalDate from, LocalDate to) {
        return workingDays.get(from.getDayOfYear() - 1, to.getDayOfYear()).cardinality();
    }

    Optional<String> dayOffName(LocalDate day) {
        return Optional.ofNullable(dayOffNames.get(day));
    }
}
