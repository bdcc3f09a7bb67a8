package vn.hanoi.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO-8601 week, Monday to Sunday, written "2022-W05". The year is the week-based year, which
 * differs from the calendar year around New Year (2021-01-03 lies in 2020-W53).
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Comparator<IsoWeek> ORDER =
            Comparator.comparingInt(IsoWeek::weekBasedYear).thenComparingInt(IsoWeek::week);

    public IsoWeek {
        int weeks = weeksIn(weekBasedYear);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("Năm " + weekBasedYear + " theo ISO có " + weeks
                    + " tuần, không có tuần " + week);
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Tuần không hợp lệ, cần dạng 2022-W05: " + text);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate monday() {
        // 4 January is always in week 1 of its week-based year.
        return LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%d-W%02d", weekBasedYear, week);
    }

    private static int weeksIn(int weekBasedYear) {
        // 28 December is always in the last week of its year.
        return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
