package vn.hanoi.papi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code <year>.json} holiday files and turns every defect into a {@link CalendarDataException}. */
final class HolidayFiles {

    // Strict on purpose: a misspelt key ("workingSaturday") must not silently drop a working day.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private HolidayFiles() {
    }

    static List<HolidayYear> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CalendarDataException(dir.toString(), "không tìm thấy thư mục dữ liệu lịch");
        }
        List<HolidayYear> years = new ArrayList<>();
        for (Path file : jsonFiles(dir)) {
            try (InputStream in = Files.newInputStream(file)) {
                years.add(read(file.toString(), file.getFileName().toString(), in));
            } catch (IOException e) {
                throw new CalendarDataException(file.toString(), "không đọc được tệp: " + e.getMessage(), e);
            }
        }
        return years;
    }

    static List<HolidayYear> readClasspath(String folder) {
        String pattern = "classpath*:" + trimSlashes(folder) + "/*.json";
        List<HolidayYear> years = new ArrayList<>();
        for (Resource resource : resources(pattern)) {
            String origin = resource.getDescription();
            try (InputStream in = resource.getInputStream()) {
                years.add(read(origin, resource.getFilename(), in));
            } catch (IOException e) {
                throw new CalendarDataException(origin, "không đọc được tệp: " + e.getMessage(), e);
            }
        }
        return years;
    }

    static HolidayYear read(String origin, String fileName, InputStream in) {
        Matcher name = YEAR_FILE.matcher(fileName == null ? "" : fileName);
        if (!name.matches()) {
            throw new CalendarDataException(origin, "tên tệp phải là năm dương lịch, ví dụ 2022.json");
        }
        HolidayYear year;
        try {
            year = MAPPER.readValue(in, HolidayYear.class);
        } catch (JacksonException e) {
            throw new CalendarDataException(origin, describe(e), e);
        }
        if (year == null) {
            throw new CalendarDataException(origin, "tệp không có dữ liệu");
        }
        int expected = Integer.parseInt(name.group(1));
        if (year.year() != expected) {
            throw new CalendarDataException(origin, "trường \"year\" là " + year.year()
                    + ", không khớp tên tệp " + fileName);
        }
        return year;
    }

    // Our own record checks speak the maintainer's language; Jackson's messages are the fallback.
    private static String describe(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
        }
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
        return "JSON không hợp lệ" + where + ": " + e.getOriginalMessage();
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CalendarDataException(dir.toString(), "không liệt kê được thư mục: " + e.getMessage(), e);
        }
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Không liệt kê được " + pattern, e);
        }
    }

    private static String trimSlashes(String folder) {
        return folder.replaceAll("^/+|/+$", "");
    }
}
