package vn.hanoi.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
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
        return mondayOfWeekOne(weekBasedYear).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return week < weeksIn(weekBasedYear) ? new IsoWeek(weekBasedYear, week + 1) : new IsoWeek(weekBasedYear + 1, 1);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    @JsonValue
    @Override
    public String toString() {
        return weekBasedYear + (week < 10 ? "-W0" : "-W") + week;
    }

    /**
     * Plain arithmetic rather than {@link IsoFields}, which is several times slower (the history and reception rules
     * walk a year week by week on every evaluation): week 1 is the week with 4 January in it, and a year has 53
     * weeks when it starts on a Thursday, or on a Wednesday in a leap year. {@code IsoWeekTest} checks both against
     * {@link IsoFields} for every day of 1990–2060.
     */
    private static LocalDate mondayOfWeekOne(int weekBasedYear) {
        LocalDate fourthOfJanuary = LocalDate.of(weekBasedYear, 1, 4);
        return fourthOfJanuary.minusDays(fourthOfJanuary.getDayOfWeek().getValue() - 1L);
    }

    private static int weeksIn(int weekBasedYear) {
        DayOfWeek firstDay = LocalDate.of(weekBasedYear, 1, 1).getDayOfWeek();
        boolean longYear = firstDay == DayOfWeek.THURSDAY
                || (firstDay == DayOfWeek.WEDNESDAY && Year.isLeap(weekBasedYear));
        return longYear ? 53 : 52;
    }
}
