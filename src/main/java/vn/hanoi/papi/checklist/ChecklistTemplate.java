package vn.hanoi.papi.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hanoi.papi.units.UnitLevel;

/**
 * A versioned checklist template: its sections, answer items and record lists.
 *
 * @param unitLevels the levels of unit it is meant for; empty means any
 */
public record ChecklistTemplate(
        String template,
        int version,
        String title,
        List<UnitLevel> unitLevels,
        List<TemplateSection> sections,
        List<TemplateItem> items) {

    public ChecklistTemplate {
        unitLevels = unitLevels == null ? List.of() : List.copyOf(unitLevels);
        sections = List.copyOf(sections);
        items = List.copyOf(items);
    }

    public String id() {
        return template + " v" + version;
    }

    public Optional<TemplateSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<TemplateSection> recordList(String code) {
        return section(code).filter(s -> s.kind() == SectionKind.RECORDS);
    }

    public List<TemplateItem> itemsOf(String section) {
        return items.stream().filter(i -> i.section().equals(section)).toList();
    }

    /** The section an answer item belongs to: the first segment of its code. */
    public static String sectionOf(String itemCode) {
        int dot = itemCode.indexOf('.');
        return dot < 0 ? itemCode : itemCode.substring(0, dot);
    }

    /** Answer items by code, in template order. */
    public Map<String, TemplateItem> itemsByCode() {
        return items.stream().collect(Collectors.toMap(TemplateItem::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
