package vn.hanoi.papi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The published days off of one year, as kept in {@code fixtures/calendar/<year>.json}.
 * {@code source} names the instruments and {@code confidence} says how sure we are, in
 * Vietnamese, because both are shown to inspectors.
 */
public record HolidayYear(int year, String source, String confidence,
                          List<DayOffRange> daysOff, List<WorkingSaturday> workingSaturdays) {

    public HolidayYear {
        if (year <= 0) {
            throw new IllegalArgumentException("Thiếu hoặc sai trường \"year\": " + year);
        }
        Require.text(source, "source");
        Require.text(confidence, "confidence");
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        workingSaturdays = workingSaturdays == null ? List.of() : List.copyOf(workingSaturdays);
        for (DayOffRange range : daysOff) {
            requireNearYear(year, range.from());
            requireNearYear(year, range.to());
        }
        for (WorkingSaturday saturday : workingSaturdays) {
            requireNearYear(year, saturday.on());
            daysOff.stream().filter(range -> range.contains(saturday.on())).findFirst().ifPresent(range -> {
                throw new IllegalArgumentException("Ngày làm bù " + saturday.on()
                        + " lại nằm trong khoảng nghỉ \"" + range.name() + "\"");
            });
        }
    }

    // A year's notice can reach into the neighbouring years (31/12 of the year before), never
    // further; anything else is a typo that would silently move a holiday to another year.
    private static void requireNearYear(int year, LocalDate day) {
        if (Math.abs(day.getYear() - year) > 1) {
            throw new IllegalArgumentException("Ngày " + day + " nằm ngoài năm " + year
                    + " và các năm liền kề");
        }
    }
}
