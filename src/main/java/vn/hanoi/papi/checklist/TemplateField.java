package vn.hanoi.papi.checklist;

import java.util.List;

/** One field of a record list row, e.g. {@code DOSSIERS.dueOn}. */
public record TemplateField(
        String name,
        String type,
        String label,
        Integer min,
        Integer max,
        List<String> values,
        boolean mayBeAfterInspection,
        String notBefore,
        String notAbove) implements ValueSpec {
}
