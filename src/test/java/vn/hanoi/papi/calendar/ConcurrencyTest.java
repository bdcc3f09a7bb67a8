package vn.hanoi.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void manyThreadsBuildingYearsAtOnceSeeTheSameWorkingDays() {
        LocalDate start = LocalDate.of(2000, 1, 1);
        int days = 365 * 40;
        WorkingDayCalendar shared = WorkingDayCalendar.fromDirectory(Path.of("fixtures", "calendar"));
        WorkingDayCalendar reference = WorkingDayCalendar.fromDirectory(Path.of("fixtures", "calendar"));

        long parallel = IntStream.range(0, days).parallel()
                .filter(i -> shared.isWorkingDay(start.plusDays(i))).count();
        long sequential = IntStream.range(0, days)
                .filter(i -> reference.isWorkingDay(start.plusDays(i))).count();

        assertThat(parallel).isEqualTo(sequential);
    }
}
