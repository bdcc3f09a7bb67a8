package vn.hanoi.papi.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The checklist templates known to the product, by name and version. */
public final class ChecklistTemplates {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, ChecklistTemplate> byId;

    private ChecklistTemplates(Map<String, ChecklistTemplate> byId) {
        this.byId = byId;
    }

    public static ChecklistTemplates of(Collection<ChecklistTemplate> templates) {
        Map<String, ChecklistTemplate> byId = new LinkedHashMap<>();
        for (ChecklistTemplate t : templates) {
            if (byId.putIfAbsent(key(t.template(), t.version()), t) != null) {
                throw new TemplateException("Mẫu phiếu " + t.id() + " được khai báo hai lần");
            }
        }
        return new ChecklistTemplates(byId);
    }

    public static ChecklistTemplates fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<ChecklistTemplate> templates = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    templates.add(read(in, file.toString()));
                }
            }
            return of(templates);
        } catch (IOException e) {
            throw new TemplateException("Không đọc được thư mục mẫu phiếu " + dir + ": " + e.getMessage(), e);
        }
    }

    public static ChecklistTemplates fromClasspath(String folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.json");
            List<ChecklistTemplate> templates = new ArrayList<>();
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    templates.add(read(in, r.getDescription()));
                }
            }
            return of(templates);
        } catch (IOException e) {
            throw new TemplateException("Không đọc được mẫu phiếu trong " + folder + ": " + e.getMessage(), e);
        }
    }

    static ChecklistTemplate read(InputStream in, String name) {
        ChecklistTemplate t;
        try {
            t = MAPPER.readValue(in, ChecklistTemplate.class);
        } catch (JacksonException e) {
            throw new TemplateException("Mẫu phiếu " + name + " không hợp lệ: " + e.getOriginalMessage(), e);
        }
        check(t, name);
        return t;
    }

    /** A template must be coherent, or every submission judged by it would be judged wrongly. */
    private static void check(ChecklistTemplate t, String name) {
        List<String> problems = new ArrayList<>();
        Set<String> sections = new HashSet<>();
        for (TemplateSection s : t.sections()) {
            if (!sections.add(s.code())) {
                problems.add("mục " + s.code() + " trùng");
            }
            if (s.kind() == SectionKind.RECORDS) {
                if (s.key() == null || s.field(s.key()).isEmpty()) {
                    problems.add("danh sách " + s.code() + " không có trường khóa hợp lệ");
                }
                s.fields().forEach(f -> checkType(s.code() + "." + f.name(), f, problems));
            }
        }
        Set<String> codes = new HashSet<>();
        for (TemplateItem i : t.items()) {
            if (!codes.add(i.code())) {
                problems.add("câu hỏi " + i.code() + " trùng");
            }
            if (!ChecklistTemplate.sectionOf(i.code()).equals(i.section())
                    || t.section(i.section()).filter(s -> s.kind() == SectionKind.ANSWERS).isEmpty()) {
                problems.add("câu hỏi " + i.code() + " không thuộc mục " + i.section());
            }
            checkType(i.code(), i, problems);
        }
        if (!problems.isEmpty()) {
            throw new TemplateException("Mẫu phiếu " + name + " không hợp lệ: " + String.join("; ", problems));
        }
    }

    private static void checkType(String where, ValueSpec spec, List<String> problems) {
        try {
            ValueType type = spec.valueType();
            if (type == ValueType.ENUM && (spec.values() == null || spec.values().isEmpty())) {
                problems.add(where + ": kiểu enum cần danh sách giá trị");
            }
        } catch (RuntimeException e) {
            problems.add(where + ": kiểu không hợp lệ '" + spec.type() + "'");
        }
    }

    public Optional<ChecklistTemplate> find(String template, int version) {
        return Optional.ofNullable(byId.get(key(template, version)));
    }

    public List<ChecklistTemplate> all() {
        return List.copyOf(byId.values());
    }

    private static String key(String template, int version) {
        return template + "#" + version;
    }
}
