package vn.hanoi.papi.checklist;

import java.util.List;

/** One answer item of a checklist template, e.g. {@code BUDGET.DRAFT.SENT_ON}. */
public record TemplateItem(
        String code,
        String section,
        String type,
        String question,
        String papi,
        Integer min,
        Integer max,
        List<String> values,
        boolean mayBeAfterInspection,
        String notBefore,
        String notAbove) implements ValueSpec {
}
