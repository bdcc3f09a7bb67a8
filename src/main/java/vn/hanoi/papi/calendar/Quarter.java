package vn.hanoi.papi.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A calendar quarter, written "2022-Q1" in JSON and in reports. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Comparator<Quarter> ORDER =
            Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quý phải từ 1 đến 4: " + quarter);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Quý không hợp lệ, cần dạng 2022-Q1: " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    /** The quarter as a message names it: "quý 2/2022" (facts and subjects keep {@link #toString()}). */
    public String displayName() {
        return "quý " + quarter + "/" + year;
    }

    @JsonValue
    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
