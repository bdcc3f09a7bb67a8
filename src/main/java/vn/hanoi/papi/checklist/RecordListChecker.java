package vn.hanoi.papi.checklist;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.json.JsonErrors;

/** Checks the {@code records} object of a submission: every list, row and field. */
final class RecordListChecker {

    private final ChecklistTemplate template;
    private final LocalDate inspectedOn;
    private final List<ValidationError> errors;

    RecordListChecker(ChecklistTemplate template, LocalDate inspectedOn, List<ValidationError> errors) {
        this.template = template;
        this.inspectedOn = inspectedOn;
        this.errors = errors;
    }

    void check(JsonNode records) {
        if (records == null) {
            return;
        }
        if (!records.isObject()) {
            errors.add(new ValidationError("records", "phải là một đối tượng {tên danh sách: [các dòng]}"));
            return;
        }
        records.properties().forEach(entry -> {
            var section = template.recordList(entry.getKey());
            if (section.isEmpty()) {
                errors.add(new ValidationError(JsonErrors.excerpt(entry.getKey()),
                        "danh sách không có trong mẫu phiếu " + template.id()));
            } else {
                checkList(section.get(), entry.getValue());
            }
        });
    }

    private void checkList(TemplateSection section, JsonNode rows) {
        if (rows == null || rows.isNull()) {
            errors.add(new ValidationError(section.code(),
                    "danh sách không được là null; dùng [] nếu không có trường hợp nào, hoặc bỏ hẳn nếu không kiểm tra"));
            return;
        }
        if (!rows.isArray()) {
            errors.add(new ValidationError(section.code(), "phải là một mảng các dòng"));
            return;
        }
        Map<String, Integer> seenKeys = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            checkRow(section, rows.get(i), i + 1, seenKeys);
        }
    }

    private void checkRow(TemplateSection section, JsonNode row, int number, Map<String, Integer> seenKeys) {
        String label = rowLabel(section, row, number);
        if (!row.isObject()) {
            errors.add(new ValidationError(label, "mỗi dòng phải là một đối tượng"));
            return;
        }
        row.propertyNames().forEach(name -> {
            if (section.field(name).isEmpty()) {
                errors.add(new ValidationError(label + "." + JsonErrors.excerpt(name),
                        "trường không có trong danh sách " + section.code()));
            }
        });
        Map<String, JsonNode> valid = new HashMap<>();
        for (TemplateField field : section.fields()) {
            JsonNode value = row.get(field.name());
            // A row's key names it in every message and finding: it is an identifier, and as short.
            String problem = SubmissionValidator.missingOrWrong(field, value, inspectedOn,
                    ValidationTexts.format("required.where.list", section.code()),
                    field.name().equals(section.key())
                            ? SubmissionValidator.MAX_ID_LENGTH : SubmissionValidator.MAX_TEXT_LENGTH);
            if (problem != null) {
                errors.add(new ValidationError(label + "." + field.name(), problem));
            } else if (value != null) {
                valid.put(field.name(), value);
            }
        }
        // Links between fields are checked among valid values only, so one bad value is not reported twice.
        for (TemplateField field : section.fields()) {
            JsonNode value = valid.get(field.name());
            String cross = value == null || value.isNull() ? null : CrossCheck.problem(field, value, valid::get);
            if (cross != null) {
                errors.add(new ValidationError(label + "." + field.name(), cross));
            }
        }
        JsonNode key = row.get(section.key());
        if (key != null && key.isValueNode() && !key.isNull()) {
            Integer first = seenKeys.putIfAbsent(key.asString(), number);
            if (first != null) {
                errors.add(new ValidationError(label, ValidationTexts.format("duplicateKey", section.key(),
                        JsonErrors.excerpt(key.asString()), first, section.code())));
            }
        }
    }

    /** {@code DOSSIERS[HS-01]} when the row has a usable key, else {@code DOSSIERS[#3]} (its position, from 1). */
    private static String rowLabel(TemplateSection section, JsonNode row, int number) {
        JsonNode key = row.isObject() ? row.get(section.key()) : null;
        if (key != null && key.isString() && !key.asString().isBlank()
                && key.asString().length() <= SubmissionValidator.MAX_ID_LENGTH) {
            return section.code() + "[" + key.asString() + "]";
        }
        return section.code() + "[#" + number + "]";
    }
}
