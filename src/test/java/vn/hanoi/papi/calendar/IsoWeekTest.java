package vn.hanoi.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** {@link IsoWeek} does its week arithmetic by hand; here it is held to {@link IsoFields}, day by day. */
class IsoWeekTest {

    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2060, 12, 31);

    @Test
    void everyDayLiesInTheWeekIsoFieldsGivesItFromMondayToSunday() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            IsoWeek week = IsoWeek.of(day);
            assertThat(week.weekBasedYear()).as("%s", day).isEqualTo(day.get(IsoFields.WEEK_BASED_YEAR));
            assertThat(week.week()).as("%s", day).isEqualTo(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            assertThat(week.monday()).as("%s", day).isEqualTo(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            assertThat(week.sunday()).as("%s", day).isEqualTo(day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
    }

    @Test
    void theNextWeekIsTheOneSevenDaysLaterAcrossEveryNewYear() {
        for (IsoWeek week = IsoWeek.of(FIRST); week.monday().isBefore(LAST); week = week.next()) {
            assertThat(week.next()).as("after %s", week).isEqualTo(IsoWeek.of(week.monday().plusDays(7)));
        }
    }

    @Test
    void aYearHasFiftyThreeWeeksExactlyWhenIsoFieldsSaysSo() {
        for (int year = 1990; year <= 2060; year++) {
            int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            assertThat(new IsoWeek(year, weeks).week()).isEqualTo(weeks);
            if (weeks == 52) {
                int shortYear = year;
                assertThatThrownBy(() -> new IsoWeek(shortYear, 53))
                        .hasMessage("Năm " + year + " theo ISO có 52 tuần, không có tuần 53");
            }
        }
        assertThat(new IsoWeek(2020, 53).monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(new IsoWeek(2020, 53).next()).isEqualTo(new IsoWeek(2021, 1));
    }

    @Test
    void writtenWithTwoDigitWeeks() {
        assertThat(new IsoWeek(2022, 5)).hasToString("2022-W05");
        assertThat(new IsoWeek(2022, 52)).hasToString("2022-W52");
        assertThat(IsoWeek.parse("2022-W05")).isEqualTo(new IsoWeek(2022, 5));
    }
}
