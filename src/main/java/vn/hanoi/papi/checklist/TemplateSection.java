package vn.hanoi.papi.checklist;

import java.util.List;
import java.util.Optional;

/**
 * A section of the checklist: the unit of "inspected or not".
 *
 * @param key    for a record list, the field that identifies a row
 * @param fields for a record list, its fields in order
 */
public record TemplateSection(
        String code,
        SectionKind kind,
        String title,
        List<String> papi,
        String key,
        List<TemplateField> fields) {

    public TemplateSection {
        papi = papi == null ? List.of() : List.copyOf(papi);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<TemplateField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
