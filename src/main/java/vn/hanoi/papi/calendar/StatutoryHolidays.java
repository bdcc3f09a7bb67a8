package vn.hanoi.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days off the Labour Code 2019 (art. 112, art. 111(3)) gives in a year for which no
 * schedule was published. Tết is taken as the last day of the lunar year plus mùng 1–4, and the
 * day adjacent to 2/9 as 1/9: the usual choices, though the Prime Minister may decide otherwise.
 */
final class StatutoryHolidays {

    private static final String[] STEMS = {
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};

    private final LunarCalendar lunar;

    StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** Days off of the year with their names, compensatory days included. */
    SortedMap<LocalDate, String> of(int year) {
        SortedMap<LocalDate, String> holidays = holidays(year);
        SortedMap<LocalDate, String> daysOff = new TreeMap<>(holidays);
        // Date order matters: an earlier weekend holiday takes the first free weekday.
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate compensation = holiday.getKey().plusDays(1);
                while (isWeekend(compensation) || daysOff.containsKey(compensation)) {
                    compensation = compensation.plusDays(1);
                }
                daysOff.put(compensation, "Nghỉ bù " + holiday.getValue());
            }
        }
        return daysOff;
    }

    private SortedMap<LocalDate, String> holidays(int year) {
        SortedMap<LocalDate, String> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate newYear = lunar.newYear(year);
        String tet = "Tết Nguyên đán " + yearName(year);
        for (LocalDate day = newYear.minusDays(1); !day.isAfter(newYear.plusDays(3)); day = day.plusDays(1)) {
            add(holidays, day, tet);
        }
        add(holidays, lunar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        add(holidays, LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)");
        add(holidays, LocalDate.of(year, 9, 2), "Quốc khánh");
        return holidays;
    }

    // Giỗ Tổ can in principle land on 30/4; the day then carries both names rather than losing one.
    private static void add(SortedMap<LocalDate, String> holidays, LocalDate day, String name) {
        holidays.merge(day, name, (first, second) -> first + "; " + second);
    }

    /** The sexagenary name of a lunar year, e.g. 2022 → "Nhâm Dần". */
    static String yearName(int lunarYear) {
        return STEMS[Math.floorMod(lunarYear + 6, 10)] + " " + BRANCHES[Math.floorMod(lunarYear + 8, 12)];
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
