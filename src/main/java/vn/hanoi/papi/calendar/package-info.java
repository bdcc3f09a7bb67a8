/**
 * The working-day calendar of Vietnamese state agencies, on which every WD/CD deadline rests.
 *
 * <p>Published schedules come from {@code fixtures/calendar/<year>.json}
 * ({@link vn.hanoi.papi.calendar.HolidayYear}); a year without a file is computed from the Labour
 * Code and the Vietnamese lunar calendar ({@link vn.hanoi.papi.calendar.LunarCalendar}), and
 * {@link vn.hanoi.papi.calendar.WorkingDayCalendar#computedYears} tells the rules so that a finding
 * can say its deadline was computed rather than published.
 */
package vn.hanoi.papi.calendar;
