package vn.hanoi.papi.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.hanoi.papi.calendar.Calendars.PUBLISHED;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

@DisplayName("Quarters and ISO weeks")
class PeriodsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aQuarterIsParsedAndWrittenAsYearDashQ() {
        Quarter q = Quarter.parse("2022-Q1");
        assertThat(q).isEqualTo(new Quarter(2022, 1));
        assertThat(q.toString()).isEqualTo("2022-Q1");
    }

    @Test
    void badQuarterTextIsRefused() {
        for (String bad : new String[] {"2022-Q5", "2022-Q0", "2022Q1", "22-Q1", "", "Q1-2022"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Quarter.parse(bad));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse(null));
    }

    @Test
    void aQuarterKnowsItsDaysAndItsPredecessor() {
        assertThat(Quarter.parse("2022-Q1").lastDay()).isEqualTo(parse("2022-03-31"));
        assertThat(Quarter.parse("2024-Q1").firstDay()).isEqualTo(parse("2024-01-01"));
        assertThat(Quarter.parse("2022-Q2").lastDay()).isEqualTo(parse("2022-06-30"));
        assertThat(Quarter.parse("2022-Q4").lastDay()).isEqualTo(parse("2022-12-31"));
        assertThat(Quarter.parse("2022-Q1").previous()).isEqualTo(Quarter.parse("2021-Q4"));
        assertThat(Quarter.parse("2022-Q3").previous()).isEqualTo(Quarter.parse("2022-Q2"));
        assertThat(Quarter.of(parse("2022-09-30"))).isEqualTo(Quarter.parse("2022-Q3"));
        assertThat(Quarter.of(parse("2022-10-01"))).isEqualTo(Quarter.parse("2022-Q4"));
    }

    @Test
    void quartersSortByYearThenQuarter() {
        assertThat(Stream.of("2023-Q1", "2022-Q4", "2022-Q2").map(Quarter::parse).sorted().map(Quarter::toString))
                .containsExactly("2022-Q2", "2022-Q4", "2023-Q1");
    }

    @Test
    void aQuarterTravelsThroughJsonAsText() throws Exception {
        assertThat(json.writeValueAsString(Quarter.parse("2022-Q1"))).isEqualTo("\"2022-Q1\"");
        assertThat(json.readValue("\"2023-Q4\"", Quarter.class)).isEqualTo(new Quarter(2023, 4));
    }

    @Test
    void onlyQuartersEndingInsideThePeriodAreListed() {
        assertThat(PUBLISHED.quartersEndingWithin(parse("2022-02-15"), parse("2022-12-30")))
                .extracting(Quarter::toString).containsExactly("2022-Q1", "2022-Q2", "2022-Q3");
        assertThat(PUBLISHED.quartersEndingWithin(parse("2022-03-31"), parse("2022-03-31")))
                .containsExactly(Quarter.parse("2022-Q1"));
        assertThat(PUBLISHED.quartersEndingWithin(parse("2022-04-01"), parse("2022-06-29"))).isEmpty();
        assertThat(PUBLISHED.quartersEndingWithin(parse("2021-12-01"), parse("2022-04-01")))
                .extracting(Quarter::toString).containsExactly("2021-Q4", "2022-Q1");
    }

    @Test
    void anIsoWeekIsWrittenWithATwoDigitWeek() {
        IsoWeek week = IsoWeek.of(parse("2022-02-01"));
        assertThat(week).isEqualTo(new IsoWeek(2022, 5));
        assertThat(week.toString()).isEqualTo("2022-W05");
        assertThat(week.monday()).isEqualTo(parse("2022-01-31"));
        assertThat(week.sunday()).isEqualTo(parse("2022-02-06"));
        assertThat(IsoWeek.parse("2022-W05")).isEqualTo(week);
    }

    @Test
    void theIsoWeekYearDiffersFromTheCalendarYearAroundNewYear() {
        assertThat(IsoWeek.of(parse("2021-01-03")).toString()).isEqualTo("2020-W53");
        assertThat(IsoWeek.of(parse("2024-12-30")).toString()).isEqualTo("2025-W01");
        assertThat(new IsoWeek(2020, 53).monday()).isEqualTo(parse("2020-12-28"));
        assertThatIllegalArgumentException().isThrownBy(() -> new IsoWeek(2021, 53));
    }

    @Test
    void anIsoWeekTravelsThroughJsonAsText() throws Exception {
        assertThat(json.writeValueAsString(new IsoWeek(2022, 5))).isEqualTo("\"2022-W05\"");
        assertThat(json.readValue("\"2020-W53\"", IsoWeek.class)).isEqualTo(new IsoWeek(2020, 53));
        assertThat(new IsoWeek(2020, 53)).isLessThan(new IsoWeek(2021, 1));
    }

    @Test
    void weeksAcrossTheYearBoundaryUseTheWeekBasedYear() {
        // 28–31/12/2020 are working days of 2020-W53; 1/1/2021 (its Friday) is a holiday.
        assertThat(PUBLISHED.isoWeeksWithWorkingDays(parse("2020-12-28"), parse("2021-01-10")))
                .extracting(IsoWeek::toString).containsExactly("2020-W53", "2021-W01");
    }

    @Test
    void onlyWorkingDaysInsideThePeriodCount() {
        // 2024-W52's working days (23–27/12) lie before the period; 30/12/2024 already belongs to 2025-W01.
        assertThat(PUBLISHED.isoWeeksWithWorkingDays(parse("2024-12-28"), parse("2025-01-05")))
                .extracting(IsoWeek::toString).containsExactly("2025-W01");
    }

    @Test
    void aWeekWhoseWeekdaysAreAllTetIsLeftOut() {
        assertThat(PUBLISHED.isoWeeksWithWorkingDays(parse("2022-01-24"), parse("2022-02-13")))
                .extracting(IsoWeek::toString).containsExactly("2022-W04", "2022-W06");
        assertThat(PUBLISHED.isoWeeksWithWorkingDays(parse("2022-02-13"), parse("2022-01-24"))).isEmpty();
    }
}
