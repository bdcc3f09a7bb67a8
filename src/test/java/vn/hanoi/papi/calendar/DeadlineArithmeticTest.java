package vn.hanoi.papi.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.hanoi.papi.calendar.Calendars.PUBLISHED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Deadline arithmetic")
class DeadlineArithmeticTest {

    @Nested
    @DisplayName("addWorkingDays (WD n)")
    class AddWorkingDays {

        @Test
        void neverCountsTheStartDay() {
            assertThat(PUBLISHED.addWorkingDays(parse("2022-03-07"), 1)).isEqualTo(parse("2022-03-08"));
            assertThat(PUBLISHED.addWorkingDays(parse("2022-03-07"), 5)).isEqualTo(parse("2022-03-14"));
        }

        @Test
        void startingOnASaturdayCountsFromMonday() {
            assertThat(PUBLISHED.addWorkingDays(parse("2022-03-05"), 1)).isEqualTo(parse("2022-03-07"));
        }

        @Test
        void startingOnAHolidayCountsFromTheFirstWorkingDayAfter() {
            assertThat(PUBLISHED.addWorkingDays(parse("2022-02-01"), 1)).isEqualTo(parse("2022-02-07"));
        }

        @Test
        void skipsAHolidayInTheMiddleOfThePeriod() {
            // 26, 27, 28 January, then Tết until 6 February, then 7 and 8 February.
            assertThat(PUBLISHED.addWorkingDays(parse("2022-01-25"), 5)).isEqualTo(parse("2022-02-08"));
        }

        @Test
        void zeroReturnsTheStartEvenOnASunday() {
            assertThat(PUBLISHED.addWorkingDays(parse("2022-03-06"), 0)).isEqualTo(parse("2022-03-06"));
        }

        @Test
        void aNegativeCountIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> PUBLISHED.addWorkingDays(parse("2022-03-07"), -1));
        }
    }

    @Nested
    @DisplayName("addCalendarDays (CD n, Civil Code art. 148)")
    class AddCalendarDays {

        @Test
        void endingOnASaturdayMovesToMonday() {
            assertThat(PUBLISHED.addCalendarDays(parse("2022-03-01"), 4)).isEqualTo(parse("2022-03-07"));
        }

        @Test
        void endingInsideTetMovesToTheFirstWorkingDayAfterTet() {
            assertThat(PUBLISHED.addCalendarDays(parse("2022-01-20"), 10)).isEqualTo(parse("2022-02-07"));
        }

        @Test
        void endingOnAWorkingDayStaysThere() {
            assertThat(PUBLISHED.addCalendarDays(parse("2022-03-01"), 7)).isEqualTo(parse("2022-03-08"));
        }

        @Test
        void endingOnASwappedWorkingSaturdayStaysThere() {
            assertThat(PUBLISHED.addCalendarDays(parse("2025-04-20"), 6)).isEqualTo(parse("2025-04-26"));
        }

        @Test
        void aNegativeCountIsRefusedBecauseBackwardPeriodsAreNeverShifted() {
            assertThatIllegalArgumentException().isThrownBy(() -> PUBLISHED.addCalendarDays(parse("2022-03-07"), -1));
        }
    }

    @Nested
    @DisplayName("nextWorkingDayOnOrAfter")
    class NextWorkingDay {

        @Test
        void aWorkingDayIsItsOwnNextWorkingDay() {
            assertThat(PUBLISHED.nextWorkingDayOnOrAfter(parse("2022-03-07"))).isEqualTo(parse("2022-03-07"));
        }

        @Test
        void aCompensatoryMondayMovesToTuesday() {
            assertThat(PUBLISHED.nextWorkingDayOnOrAfter(parse("2022-04-09"))).isEqualTo(parse("2022-04-12"));
        }
    }

    @Nested
    @DisplayName("workingDaysInclusive")
    class WorkingDaysInclusive {

        @Test
        void countsBothEndsAndSkipsWeekendAndHoliday() {
            // Two weeks of ten weekdays, minus the compensatory Monday for Giỗ Tổ.
            assertThat(PUBLISHED.workingDaysInclusive(parse("2022-04-04"), parse("2022-04-17"))).isEqualTo(9);
        }

        @Test
        void oneWorkingDayCountsAsOne() {
            assertThat(PUBLISHED.workingDaysInclusive(parse("2022-03-07"), parse("2022-03-07"))).isEqualTo(1);
        }

        @Test
        void spansTheYearBoundary() {
            // 26–30 December, then 3–6 January; 2 January 2023 is the New Year compensatory day.
            assertThat(PUBLISHED.workingDaysInclusive(parse("2022-12-26"), parse("2023-01-06"))).isEqualTo(9);
        }

        @Test
        void includesASwappedSaturday() {
            assertThat(PUBLISHED.workingDaysInclusive(parse("2025-04-26"), parse("2025-04-27"))).isEqualTo(1);
        }

        @Test
        void anEndBeforeTheStartGivesZero() {
            assertThat(PUBLISHED.workingDaysInclusive(parse("2022-03-08"), parse("2022-03-07"))).isZero();
        }

        @Test
        void agreesWithAddWorkingDays() {
            var start = parse("2023-12-20");
            var end = PUBLISHED.addWorkingDays(start, 40);
            assertThat(PUBLISHED.workingDaysInclusive(start.plusDays(1), end)).isEqualTo(40);
        }
    }
}
