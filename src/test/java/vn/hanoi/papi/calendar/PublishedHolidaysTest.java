package vn.hanoi.papi.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.calendar.Calendars.PUBLISHED;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The published holiday calendar")
class PublishedHolidaysTest {

    @ParameterizedTest(name = "Tết {0}: every day from {1} to {2} is off and {4} is the first working day")
    @CsvSource({
        "2022, 2022-01-29, 2022-02-06, 2022-01-28, 2022-02-07",
        "2023, 2023-01-20, 2023-01-26, 2023-01-19, 2023-01-27",
        "2024, 2024-02-08, 2024-02-14, 2024-02-07, 2024-02-15",
    })
    void tetWeekIsNotWorkingAndWorkResumesRightAfter(int year, LocalDate first, LocalDate last,
                                                      LocalDate lastWorkingBefore, LocalDate firstWorkingAfter) {
        first.datesUntil(last.plusDays(1))
                .forEach(day -> assertThat(PUBLISHED.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(PUBLISHED.isWorkingDay(lastWorkingBefore)).isTrue();
        assertThat(PUBLISHED.isWorkingDay(firstWorkingAfter)).isTrue();
        assertThat(PUBLISHED.addWorkingDays(lastWorkingBefore, 1)).isEqualTo(firstWorkingAfter);
    }

    @Test
    void aTetWeekdayIsNamedAfterTheHoliday() {
        assertThat(PUBLISHED.dayOffName(parse("2022-02-01"))).contains("Tết Nguyên đán Nhâm Dần");
    }

    @Test
    void nationalDay2022TakesFirstAndSecondSeptemberSoTheNextWorkingDayIsMonday() {
        assertThat(PUBLISHED.isWorkingDay(parse("2022-09-01"))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(parse("2022-09-02"))).isFalse();
        assertThat(PUBLISHED.addWorkingDays(parse("2022-08-31"), 1)).isEqualTo(parse("2022-09-05"));
    }

    @Test
    void newYearOnSunday2023GivesCompensatoryMonday() {
        assertThat(PUBLISHED.isWorkingDay(parse("2023-01-02"))).isFalse();
        assertThat(PUBLISHED.dayOffName(parse("2023-01-02"))).hasValueSatisfying(
                name -> assertThat(name).contains("Tết Dương lịch"));
        assertThat(PUBLISHED.isWorkingDay(parse("2023-01-03"))).isTrue();
    }

    @Test
    void hungKingsDayOnSunday2022GivesCompensatoryMonday() {
        assertThat(PUBLISHED.isWorkingDay(parse("2022-04-11"))).isFalse();
        assertThat(PUBLISHED.dayOffName(parse("2022-04-11"))).hasValueSatisfying(
                name -> assertThat(name).contains("Giỗ Tổ Hùng Vương"));
    }

    @Test
    void swappedSaturday26April2025IsWorkingAndTheSwappedFridayIsNot() {
        assertThat(PUBLISHED.isWorkingDay(parse("2025-04-26"))).isTrue();
        assertThat(PUBLISHED.isWorkingDay(parse("2025-05-02"))).isFalse();
        assertThat(PUBLISHED.addWorkingDays(parse("2025-04-25"), 1)).isEqualTo(parse("2025-04-26"));
    }

    @Test
    void anOrdinarySaturdayIsNotWorking() {
        assertThat(PUBLISHED.isWorkingDay(parse("2025-04-19"))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(parse("2025-05-03"))).isFalse();
    }

    @Test
    void swappedSaturday4May2024IsWorking() {
        assertThat(PUBLISHED.isWorkingDay(parse("2024-05-04"))).isTrue();
        assertThat(PUBLISHED.isWorkingDay(parse("2024-04-29"))).isFalse();
    }

    @Test
    void aDayOfThePreviousYearListedInTheNextYearsFileCounts() {
        // 31/12/2022 is only in 2023.json; a Saturday, so its effect shows in the Sunday–Monday run.
        assertThat(PUBLISHED.workingDaysInclusive(parse("2022-12-31"), parse("2023-01-02"))).isZero();
    }

    @Test
    void workingDaysAndWeekendsHaveNoDayOffName() {
        assertThat(PUBLISHED.dayOffName(parse("2022-03-01"))).isEmpty();
        assertThat(PUBLISHED.dayOffName(parse("2022-01-29"))).isEmpty();
    }

    @Test
    void everyPublishedYearIsMarkedPublished() {
        for (int year = 2021; year <= 2026; year++) {
            assertThat(PUBLISHED.isPublished(year)).as("%d", year).isTrue();
        }
        assertThat(PUBLISHED.computedYears(parse("2021-01-01"), parse("2026-12-31"))).isEmpty();
    }
}
