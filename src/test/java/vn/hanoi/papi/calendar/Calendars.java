package vn.hanoi.papi.calendar;

import java.nio.file.Path;
import java.util.List;

/** Calendars shared by the tests; building them is cheap but loading files need not be repeated. */
final class Calendars {

    /** The real data files; tests run with the project root as working directory. */
    static final WorkingDayCalendar PUBLISHED = WorkingDayCalendar.fromDirectory(Path.of("fixtures", "calendar"));

    /** No data at all: every year is computed from the Labour Code and the lunar calendar. */
    static final WorkingDayCalendar COMPUTED_ONLY = WorkingDayCalendar.of(List.of());

    private Calendars() {
    }
}
