package vn.hanoi.papi.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.calendar.Calendars.COMPUTED_ONLY;
import static vn.hanoi.papi.calendar.Calendars.PUBLISHED;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Holidays computed for a year without data")
class ComputedHolidaysTest {

    private final LunarCalendar lunar = LunarCalendar.vietnam();

    @ParameterizedTest(name = "{0}: computed mùng 1 is {1} and is a day off with and without data")
    @CsvSource({
        "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
    })
    void computedTetAgreesWithThePublishedSchedule(int year, LocalDate firstDayInHolidaysMd) {
        LocalDate computed = lunar.newYear(year);
        assertThat(computed).isEqualTo(firstDayInHolidaysMd);
        assertThat(PUBLISHED.isWorkingDay(computed)).isFalse();
        assertThat(COMPUTED_ONLY.isWorkingDay(computed)).isFalse();
    }

    @ParameterizedTest(name = "{0}: computed Giỗ Tổ {1} is a day off with and without data")
    @CsvSource({
        "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26",
    })
    void computedHungKingsDayAgreesWithThePublishedSchedule(int year, LocalDate listed) {
        assertThat(lunar.toSolar(year, 3, 10, false)).isEqualTo(listed);
        assertThat(PUBLISHED.isWorkingDay(listed)).isFalse();
        assertThat(COMPUTED_ONLY.isWorkingDay(listed)).isFalse();
    }

    @Test
    void in2022TheStatutoryRulesReproduceThePublishedCalendarDayForDay() {
        LocalDate.of(2022, 1, 1).datesUntil(LocalDate.of(2023, 1, 1)).forEach(day ->
                assertThat(COMPUTED_ONLY.isWorkingDay(day)).as(day.toString()).isEqualTo(PUBLISHED.isWorkingDay(day)));
    }

    @Test
    void tet2027OnASaturdayGivesTwoCompensatoryDays() {
        // Mùng 1 Đinh Mùi is Saturday 6/2/2027: Tết is Fri 5/2 to Tue 9/2, Saturday and Sunday compensated.
        assertThat(lunar.newYear(2027)).isEqualTo(parse("2027-02-06"));
        parse("2027-02-05").datesUntil(parse("2027-02-12"))
                .forEach(day -> assertThat(PUBLISHED.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(PUBLISHED.isWorkingDay(parse("2027-02-04"))).isTrue();
        assertThat(PUBLISHED.isWorkingDay(parse("2027-02-12"))).isTrue();
        assertThat(PUBLISHED.dayOffName(parse("2027-02-08"))).contains("Tết Nguyên đán Đinh Mùi");
        assertThat(PUBLISHED.dayOffName(parse("2027-02-10"))).contains("Nghỉ bù Tết Nguyên đán Đinh Mùi");
    }

    @Test
    void labourDay2027OnASaturdayIsCompensatedOnMonday() {
        assertThat(PUBLISHED.isWorkingDay(parse("2027-04-30"))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(parse("2027-05-03"))).isFalse();
        assertThat(PUBLISHED.dayOffName(parse("2027-05-03"))).contains("Nghỉ bù Ngày Quốc tế Lao động");
        assertThat(PUBLISHED.isWorkingDay(parse("2027-05-04"))).isTrue();
    }

    @Test
    void nationalDay2030CompensationSkipsTheHolidayMonday() {
        // 1/9/2030 is a Sunday and 2/9 a Monday holiday, so the compensatory day is Tuesday 3/9.
        assertThat(PUBLISHED.isWorkingDay(parse("2030-09-02"))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(parse("2030-09-03"))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(parse("2030-09-04"))).isTrue();
        assertThat(PUBLISHED.addWorkingDays(parse("2030-08-30"), 1)).isEqualTo(parse("2030-09-04"));
    }

    @Test
    void tet2030OnASaturdayIsCompensatedAfterMung4() {
        // Mùng 1 Canh Tuất is Saturday 2/2/2030: Tết is Fri 1/2 to Tue 5/2, Saturday and Sunday
        // compensated on Wed 6/2 and Thu 7/2.
        assertThat(lunar.newYear(2030)).isEqualTo(parse("2030-02-02"));
        parse("2030-02-01").datesUntil(parse("2030-02-08"))
                .forEach(day -> assertThat(PUBLISHED.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(PUBLISHED.isWorkingDay(parse("2030-01-31"))).isTrue();
        assertThat(PUBLISHED.isWorkingDay(parse("2030-02-08"))).isTrue();
    }

    @Test
    void aYearWithoutDataIsReportedAsComputed() {
        assertThat(PUBLISHED.isPublished(2027)).isFalse();
        assertThat(PUBLISHED.isPublished(2030)).isFalse();
        assertThat(PUBLISHED.computedYears(parse("2026-06-01"), parse("2028-01-15"))).containsExactly(2027, 2028);
        assertThat(PUBLISHED.computedYears(parse("2026-12-01"), parse("2025-01-01"))).isEmpty();
    }

    @Test
    void aDayListedInTheNextYearsFileCountsInAComputedYear() {
        HolidayYear next = new HolidayYear(2028, "thử nghiệm", "thấp",
                List.of(new DayOffRange(parse("2027-12-31"), parse("2028-01-01"), "Tết Dương lịch (hoán đổi)")),
                List.of());
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(next));
        assertThat(calendar.isPublished(2027)).isFalse();
        assertThat(calendar.isWorkingDay(parse("2027-12-31"))).isFalse();
        assertThat(calendar.dayOffName(parse("2027-12-31"))).contains("Tết Dương lịch (hoán đổi)");
        assertThat(COMPUTED_ONLY.isWorkingDay(parse("2027-12-31"))).isTrue();
    }

    @Test
    void aCalendarWithoutDataComputesEveryYear() {
        assertThat(COMPUTED_ONLY.computedYears(parse("2022-01-01"), parse("2024-12-31"))).containsExactly(2022, 2023, 2024);
        assertThat(COMPUTED_ONLY.isWorkingDay(parse("2023-01-02"))).isFalse();
    }
}
