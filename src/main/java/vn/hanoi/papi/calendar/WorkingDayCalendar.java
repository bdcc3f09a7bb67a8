package vn.hanoi.papi.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of Vietnamese state agencies: Monday to Friday, minus the published days off,
 * plus the Saturdays swapped into working days. A year with no published schedule gets the
 * statutory holidays computed from the lunar calendar; callers learn which years those are from
 * {@link #computedYears}, because findings must say when a deadline rests on a computed calendar.
 *
 * <p>Immutable and thread-safe. Each year is turned into a bit set on first use and cached.
 */
public final class WorkingDayCalendar {

    /** Where the build puts {@code fixtures/calendar} inside the jar. */
    public static final String DEFAULT_CLASSPATH_FOLDER = "papi/fixtures/calendar";

    private final Map<Integer, HolidayYear> published;
    private final List<DayOffRange> listedDaysOff;
    private final Set<LocalDate> workingSaturdays;
    private final StatutoryHolidays statutory = new StatutoryHolidays(LunarCalendar.vietnam());
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<Integer, HolidayYear> published) {
        this.published = Map.copyOf(published);
        List<DayOffRange> ranges = new ArrayList<>();
        Set<LocalDate> saturdays = new HashSet<>();
        // Year order, so that where two files name the same day the later file's name wins.
        for (HolidayYear year : new TreeMap<>(published).values()) {
            ranges.addAll(year.daysOff());
            year.workingSaturdays().forEach(saturday -> saturdays.add(saturday.on()));
        }
        this.listedDaysOff = List.copyOf(ranges);
        this.workingSaturdays = Set.copyOf(saturdays);
    }

    public static WorkingDayCalendar of(Collection<HolidayYear> years) {
        Map<Integer, HolidayYear> byYear = new HashMap<>();
        for (HolidayYear year : years) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new CalendarDataException("năm " + year.year(), "có hai bộ dữ liệu cho cùng một năm");
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** Reads every {@code *.json} file of the directory (not its subdirectories). */
    public static WorkingDayCalendar fromDirectory(Path dir) {
        return of(HolidayFiles.readDirectory(dir));
    }

    /** Reads every {@code *.json} file in the classpath folder, in all jars and directories. */
    public static WorkingDayCalendar fromClasspath(String folder) {
        return of(HolidayFiles.readClasspath(folder));
    }

    public static WorkingDayCalendar fromClasspath() {
        return fromClasspath(DEFAULT_CLASSPATH_FOLDER);
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /** The n-th working day after start; start itself never counts, so n = 0 gives start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Số ngày làm việc không được âm: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * start + n days, moved to the next working day if it is not one (Civil Code 2015 art. 148).
     * Backward periods are plain subtraction and never shifted, so a negative n is refused.
     */
    public LocalDate addCalendarDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Số ngày không được âm: " + n);
        }
        return nextWorkingDayOnOrAfter(start.plusDays(n));
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Working days in [from, to], both ends counted; 0 when to is before from. */
    public int workingDaysInclusive(LocalDate from, LocalDate to) {
        int count = 0;
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            LocalDate start = max(from, LocalDate.of(y, 1, 1));
            LocalDate end = min(to, LocalDate.of(y, 12, 31));
            if (!end.isBefore(start)) {
                count += year(y).countWorkingDays(start, end);
            }
        }
        return count;
    }

    /** Whether a data file gives the schedule of this year (otherwise it is computed). */
    public boolean isPublished(int year) {
        return published.containsKey(year);
    }

    /** Years in [from, to] whose holidays are computed because no schedule was published. */
    public SortedSet<Integer> computedYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> computed = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!isPublished(y)) {
                computed.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(computed);
    }

    /**
     * Why a Monday–Friday is not a working day: the holiday's name. Empty for working days and
     * for weekends, whose reason (the weekly rest) needs no name.
     */
    public Optional<String> dayOffName(LocalDate day) {
        if (StatutoryHolidays.isWeekend(day) || isWorkingDay(day)) {
            return Optional.empty();
        }
        return year(day.getYear()).dayOffName(day);
    }

    /** Calendar quarters whose last day lies in [from, to], in order. */
    public List<Quarter> quartersEndingWithin(LocalDate from, LocalDate to) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(from); !q.lastDay().isAfter(to); q = q.next()) {
            quarters.add(q);
        }
        return List.copyOf(quarters);
    }

    /** ISO weeks holding at least one working day inside [from, to], in order. */
    public List<IsoWeek> isoWeeksWithWorkingDays(LocalDate from, LocalDate to) {
        List<IsoWeek> weeks = new ArrayList<>();
        if (to.isBefore(from)) {
            return List.of();
        }
        IsoWeek week = IsoWeek.of(from);
        for (LocalDate monday = week.monday(); !monday.isAfter(to); monday = monday.plusWeeks(1), week = week.next()) {
            if (workingDaysInclusive(max(from, monday), min(to, monday.plusDays(6))) > 0) {
                weeks.add(week);
            }
        }
        return List.copyOf(weeks);
    }

    private YearCalendar year(int year) {
        return years.computeIfAbsent(year, this::buildYear);
    }

    private YearCalendar buildYear(int year) {
        Map<LocalDate, String> daysOff = new HashMap<>();
        if (!isPublished(year)) {
            statutory.of(year).forEach((day, name) -> {
                if (day.getYear() == year) {
                    daysOff.put(day, name);
                }
            });
        }
        // A day listed in any file counts, e.g. 31/12/2022 listed in 2023.json; listed names
        // replace computed ones because the data is the better authority.
        for (DayOffRange range : listedDaysOff) {
            range.days().filter(day -> day.getYear() == year).forEach(day -> daysOff.put(day, range.name()));
        }
        Set<LocalDate> saturdays = new HashSet<>();
        workingSaturdays.stream().filter(day -> day.getYear() == year).forEach(saturdays::add);
        return YearCalendar.build(year, daysOff, saturdays);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
