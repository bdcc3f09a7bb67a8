package vn.hanoi.papi.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed by the published astronomical method of
 * Hồ Ngọc Đức: a month starts on the day (in local time) of a new moon, month 11 is the one
 * holding the winter solstice, and in a 13-month year the first month without a major solar
 * term is the leap month.
 *
 * <p>The time zone matters: Vietnam reckons days at UTC+7, China at UTC+8, so a new moon just
 * after 17:00 UT falls on different days and the two calendars occasionally disagree (Tết 1985,
 * 2007, 2030). North Vietnam switched to UTC+7 only in 1967; the zone given here is applied to
 * every year, so dates before 1968 follow today's rule, not the calendar then in use.
 *
 * <p>The formulas are the simplified ones of the published method; where a new moon lies within
 * minutes of local midnight (next in 2054) a precise ephemeris may start the month a day
 * earlier. Immutable and thread-safe.
 */
public final class LunarCalendar {

    /** Offset of 1970-01-01 (epoch day 0) in Julian day numbers. */
    private static final long EPOCH_JULIAN_DAY = 2440588;

    private final double timeZoneHours;

    /** @param timeZoneHours offset from UTC used to decide which day a new moon falls on */
    public LunarCalendar(double timeZoneHours) {
        this.timeZoneHours = timeZoneHours;
    }

    /** The calendar used in Vietnam (UTC+7). */
    public static LunarCalendar vietnam() {
        return new LunarCalendar(7.0);
    }

    public double timeZoneHours() {
        return timeZoneHours;
    }

    public LunarDate toLunar(LocalDate solar) {
        int dayNumber = julianDay(solar);
        // The mean lunation count can be one ahead of the true one when a new moon falls just
        // after local midnight, so step back until the month really started on or before the day.
        int k = (int) Math.floor((dayNumber - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH) + 1;
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        int monthStart = newMoonDay(k);
        int a11 = month11(solar.getYear());
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = solar.getYear();
            a11 = month11(solar.getYear() - 1);
        } else {
            lunarYear = solar.getYear() + 1;
            b11 = month11(solar.getYear() + 1);
        }
        int day = dayNumber - monthStart + 1;
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (diff >= leapOffset) {
                month = diff + 10;
                leap = diff == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /**
     * @throws IllegalArgumentException if the date does not exist (a leap flag on a month that is
     *                                  not leap that year, or day 30 of a 29-day month)
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        LunarDate wanted = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
        LocalDate solar = fromJulianDay(monthStartDay(wanted) + lunarDay - 1);
        // The arithmetic above happily overflows into the next month; the round trip catches it.
        if (!toLunar(solar).equals(wanted)) {
            throw new IllegalArgumentException("Ngày âm lịch không tồn tại: " + wanted);
        }
        return solar;
    }

    /** Mùng 1 tháng Giêng (Lunar New Year's day) of the given lunar year. */
    public LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    private int monthStartDay(LunarDate date) {
        int a11;
        int b11;
        if (date.month() < 11) {
            a11 = month11(date.year() - 1);
            b11 = month11(date.year());
        } else {
            a11 = month11(date.year());
            b11 = month11(date.year() + 1);
        }
        int offset = Math.floorMod(date.month() - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset - 2, 12);
            if (date.leap() && date.month() != leapMonth) {
                throw new IllegalArgumentException("Năm âm lịch " + date.year()
                        + " không có tháng " + date.month() + " nhuận");
            }
            if (date.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (date.leap()) {
            throw new IllegalArgumentException("Năm âm lịch " + date.year() + " không có tháng nhuận");
        }
        int k = (int) Math.floor(0.5 + (a11 - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH);
        return newMoonDay(k + offset);
    }

    /** Day number on which month 11 (the month holding the winter solstice) of a solar year starts. */
    private int month11(int solarYear) {
        int lastDay = julianDay(LocalDate.of(solarYear, 12, 31));
        int k = (int) Math.floor((lastDay - 2415021) / Astronomy.SYNODIC_MONTH);
        int newMoon = newMoonDay(k);
        // Sun past 270° at that new moon means the solstice is already behind it: take the previous one.
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after month 11 until the first month with no major solar term (the leap month). */
    private int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    private int newMoonDay(int k) {
        return (int) Math.floor(Astronomy.newMoon(k) + 0.5 + timeZoneHours / 24);
    }

    /** Which 30° sector (0–11) the sun is in at the start of the local day. */
    private int sunSector(int dayNumber) {
        double longitude = Astronomy.sunLongitude(dayNumber - 0.5 - timeZoneHours / 24);
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    private static int julianDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay() + EPOCH_JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(int dayNumber) {
        return LocalDate.ofEpochDay(dayNumber - EPOCH_JULIAN_DAY);
    }
}
