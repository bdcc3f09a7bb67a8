package vn.hanoi.papi.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The Vietnamese lunar calendar")
class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.vietnam();

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
        "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01",
        "2004, 2004-01-22", "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17",
        "2008, 2008-02-07", "2009, 2009-01-26", "2010, 2010-02-14", "2011, 2011-02-03",
        "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31", "2015, 2015-02-19",
        "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05",
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02",
    })
    void lunarNewYearMatchesTheVietnameseCalendar(int year, LocalDate expected) {
        assertThat(vietnam.newYear(year)).isEqualTo(expected);
        assertThat(vietnam.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @Test
    void vietnamAndChinaCelebrated2007TetOnDifferentDays() {
        assertThat(vietnam.newYear(2007)).isEqualTo(parse("2007-02-17"));
        assertThat(new LunarCalendar(8.0).newYear(2007)).isEqualTo(parse("2007-02-18"));
    }

    /*
     * The brief listed 2030-02-03, which is the Chinese date. The new moon falls at about 16:07 UT
     * on 2 February 2030: 23:07 in Hanoi but 00:07 on 3 February in Beijing. Hồ Ngọc Đức's own
     * precomputed table (TK21 in amlich-hnd.js, © 2004 Hồ Ngọc Đức) also puts mùng 1 Canh Tuất
     * 32 days after 1 January 2030, i.e. on 2 February.
     */
    @Test
    void vietnamWillCelebrate2030TetADayBeforeChina() {
        assertThat(vietnam.newYear(2030)).isEqualTo(parse("2030-02-02"));
        assertThat(new LunarCalendar(8.0).newYear(2030)).isEqualTo(parse("2030-02-03"));
    }

    @Test
    void vietnamCelebrated1985TetAMonthBeforeChina() {
        assertThat(vietnam.newYear(1985)).isEqualTo(parse("1985-01-21"));
        assertThat(new LunarCalendar(8.0).newYear(1985)).isEqualTo(parse("1985-02-20"));
    }

    @ParameterizedTest(name = "Giỗ Tổ (10/3 lunar) {0} falls on {1}")
    @CsvSource({
        "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
        "2025, 2025-04-07", "2026, 2026-04-26",
    })
    void hungKingsDayMatchesThePublishedDates(int year, LocalDate expected) {
        assertThat(vietnam.toSolar(year, 3, 10, false)).isEqualTo(expected);
    }

    @Test
    void aLeapMonthFollowsItsNamesake() {
        // 2023 had a leap second month, 2025 a leap sixth month.
        assertThat(vietnam.toSolar(2023, 2, 1, true)).isEqualTo(parse("2023-03-22"));
        assertThat(vietnam.toLunar(parse("2023-03-22"))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(vietnam.toSolar(2025, 6, 1, true)).isEqualTo(parse("2025-07-25"));
    }

    @Test
    void theLastDaysOfTheTwelfthMonthBelongToTheOldLunarYear() {
        assertThat(vietnam.toLunar(parse("2025-01-28"))).isEqualTo(new LunarDate(2024, 12, 29, false));
        assertThat(vietnam.toLunar(parse("2022-12-31"))).isEqualTo(new LunarDate(2022, 12, 9, false));
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2024, 3, 1, true));
        // Tháng Chạp of Giáp Thìn had 29 days.
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2024, 12, 30, false));
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2024, 13, 1, false));
    }

    @Test
    void aNewMoonJustAfterLocalMidnightStillGivesAValidDate() {
        // The mean lunation count overshoots here; the original algorithm returned day 0.
        assertThat(vietnam.toLunar(parse("2054-05-07")).day()).isBetween(1, 30);
        assertThat(vietnam.toLunar(parse("2054-05-08"))).isEqualTo(new LunarDate(2054, 4, 1, false));
    }

    @Test
    void everyDayFrom1990To2040SurvivesTheRoundTrip() {
        List<String> failures = new ArrayList<>();
        for (LocalDate day = parse("1990-01-01"); day.getYear() <= 2040; day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            LocalDate back = vietnam.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leap());
            if (!back.equals(day) || !vietnam.toLunar(back).equals(lunar)) {
                failures.add(day + " → " + lunar + " → " + back);
            }
        }
        assertThat(failures).isEmpty();
    }
}
