package vn.hanoi.papi.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plan's tasks as the fixture {@code fixtures/plan/kh-164-2022.json} lists them, flattened (5 → 5.1…5.9). */
public final class PlanDefinition {

    public static final String FILE = "plan/kh-164-2022.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @JsonIgnoreProperties({"plan", "source"})
    record Document(List<Task> tasks) {
    }

    record Window(LocalDate from, LocalDate to) {
    }

    record Task(String number, String title, String lead, String papi, Window window, List<Task> items) {
    }

    private PlanDefinition() {
    }

    /** The fixture in {@code fixturesDir}, or the copy packaged under {@code classpathRoot} when the folder has none. */
    public static List<PlanTask> load(Path fixturesDir, String classpathRoot) {
        Path file = fixturesDir.resolve(FILE);
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : PlanDefinition.class.getClassLoader().getResourceAsStream(classpathRoot + "/fixtures/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("không tìm thấy " + file);
            }
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tracked task, NOT_STARTED; refuses a task without number, title, lead or a window in order. */
    public static List<PlanTask> read(InputStream in, String source) {
        Document doc;
        try {
            doc = MAPPER.readValue(in, Document.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(source + ": " + e.getOriginalMessage(), e);
        }
        List<PlanTask> tasks = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (Task task : doc.tasks()) {
            if (task.items() == null || task.items().isEmpty()) {
                tasks.add(tracked(task, task.window(), source));
            } else {
                for (Task item : task.items()) {
                    Task full = new Task(item.number(), task.title() + ": “" + item.title() + "”", item.lead(), item.papi(),
                            item.window() != null ? item.window() : task.window(), null);
                    tasks.add(tracked(full, full.window(), source));
                }
            }
        }
        for (PlanTask t : tasks) {
            if (!numbers.add(t.number())) {
                throw new IllegalStateException(source + ": nhiệm vụ " + t.number() + " trùng số thứ tự");
            }
        }
        return List.copyOf(tasks);
    }

    private static PlanTask tracked(Task task, Window window, String source) {
        if (task.number() == null || task.title() == null || task.lead() == null || window == null
                || window.from() == null || window.to() == null || window.to().isBefore(window.from())) {
            throw new IllegalStateException(source + ": nhiệm vụ " + task.number()
                    + " thiếu số thứ tự, tên, đơn vị chủ trì hoặc thời hạn (from ≤ to)");
        }
        return new PlanTask(task.number(), task.title(), task.lead(), task.papi(), window.from(), window.to(),
                PlanTaskStatus.NOT_STARTED, null);
    }
}
