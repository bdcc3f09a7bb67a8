package vn.hanoi.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading holiday data files")
class CalendarDataFilesTest {

    private static final String GOOD_HEAD = """
            "source": "thử nghiệm", "confidence": "thấp",
            """;

    @TempDir
    Path dir;

    @Test
    void theFilesShippedOnTheClasspathAreRead() {
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
        for (int year = 2021; year <= 2026; year++) {
            assertThat(calendar.isPublished(year)).as("%d", year).isTrue();
        }
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
    }

    @Test
    void aDirectoryWithOneGoodFileIsRead() throws IOException {
        write("2030.json", "{\"year\": 2030, " + GOOD_HEAD + """
                "daysOff": [{"from": "2030-03-01", "to": "2030-03-01", "name": "Ngày thử"}],
                "workingSaturdays": [{"on": "2030-03-02", "name": "Làm bù cho ngày 01/03/2030"}]}
                """);
        WorkingDayCalendar calendar = WorkingDayCalendar.fromDirectory(dir);
        assertThat(calendar.isPublished(2030)).isTrue();
        assertThat(calendar.dayOffName(LocalDate.parse("2030-03-01"))).contains("Ngày thử");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-03-02"))).isTrue();
        // Published: the statutory Tết is no longer computed for 2030.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-02-04"))).isTrue();
    }

    @Test
    void brokenJsonNamesTheFile() throws IOException {
        write("2022.json", "{\"year\": 2022, ");
        assertFails("2022.json", "JSON không hợp lệ");
    }

    @Test
    void anEndBeforeTheStartNamesTheFileAndTheRange() throws IOException {
        write("2022.json", "{\"year\": 2022, " + GOOD_HEAD + """
                "daysOff": [{"from": "2022-01-03", "to": "2022-01-01", "name": "Tết Dương lịch"}]}
                """);
        assertFails("2022.json", "trước ngày bắt đầu");
    }

    @Test
    void aYearThatDoesNotMatchTheFileNameIsRefused() throws IOException {
        write("2023.json", "{\"year\": 2022, " + GOOD_HEAD + "\"daysOff\": []}");
        assertFails("2023.json", "không khớp");
    }

    @Test
    void aWorkingSaturdayThatIsNotASaturdayIsRefused() throws IOException {
        write("2025.json", "{\"year\": 2025, " + GOOD_HEAD + """
                "workingSaturdays": [{"on": "2025-04-25", "name": "Làm bù"}]}
                """);
        assertFails("2025.json", "không phải thứ Bảy");
    }

    @Test
    void aMisspeltFieldIsRefused() throws IOException {
        write("2025.json", "{\"year\": 2025, " + GOOD_HEAD + "\"workingSaturday\": []}");
        assertFails("2025.json", "workingSaturday");
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        write("2025.json", "{\"year\": 2025, " + GOOD_HEAD + """
                "daysOff": [{"from": "2025-02-30", "to": "2025-02-30", "name": "Ngày thử"}]}
                """);
        assertFails("2025.json", "2025-02-30");
    }

    @Test
    void aMissingNameIsRefused() throws IOException {
        write("2025.json", "{\"year\": 2025, " + GOOD_HEAD + """
                "daysOff": [{"from": "2025-02-03", "to": "2025-02-03"}]}
                """);
        assertFails("2025.json", "Thiếu trường \"name\"");
    }

    @Test
    void aFileNotNamedAfterAYearIsRefused() throws IOException {
        write("lich.json", "{}");
        assertFails("lich.json", "tên tệp");
    }

    @Test
    void aMissingDirectoryIsRefused() {
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir.resolve("khong-co")))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("khong-co");
    }

    @Test
    void twoDataSetsForOneYearAreRefused() {
        HolidayYear year = new HolidayYear(2022, "a", "b", List.of(), List.of());
        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(year, year)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2022");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private void assertFails(String fileName, String problem) {
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((CalendarDataException) e).origin()).endsWith(fileName));
    }
}
