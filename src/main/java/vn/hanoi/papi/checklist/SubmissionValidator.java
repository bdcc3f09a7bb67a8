package vn.hanoi.papi.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.json.JsonErrors;
import vn.hanoi.papi.json.Utf8Json;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitRegistry;

/**
 * Checks a submission against its template and the unit registry, and reports every problem at once,
 * each naming its item. Nothing is evaluated unless the whole submission is valid.
 */
public final class SubmissionValidator {

    private static final Set<String> TOP_LEVEL = Set.of(
            "submissionId", "template", "templateVersion", "unit", "inspectionType", "inspectedOn", "period",
            "inspectors", "answers", "records");
    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The longest identifier: a submission id, a unit code, an inspector's user name, a row's key (dossier code, village). */
    public static final int MAX_ID_LENGTH = 100;
    /** The longest free text: a procedure, a project's name. Findings repeat them in their messages. */
    public static final int MAX_TEXT_LENGTH = 500;

    /** No inspection of this plan (2022) took place before this day: an earlier one is a mistyped year. */
    static final LocalDate EARLIEST_INSPECTION = LocalDate.of(2000, 1, 1);

    /**
     * The deepest nesting of objects and arrays a JSON document may have (a submission needs 4): deeper documents
     * are refused before they cost memory or stack. The service's own JSON reader uses the same limit.
     */
    public static final int MAX_JSON_DEPTH = 50;

    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ChecklistTemplates templates;
    private final Supplier<UnitRegistry> units;
    private final Clock clock;
    private final SubmissionMapper mapper = new SubmissionMapper();
    private final Map<ChecklistTemplate, Map<String, TemplateItem>> itemIndex = new ConcurrentHashMap<>();

    /**
     * {@code units} is asked at each validation, so that a registry update takes effect at once; {@code clock} tells
     * what day it is, as no inspection can have taken place after today.
     */
    public SubmissionValidator(ChecklistTemplates templates, Supplier<UnitRegistry> units, Clock clock) {
        this.templates = templates;
        this.units = units;
        this.clock = clock;
    }

    /** Parses and validates a submission document as sent: UTF-8 JSON, a leading byte-order mark allowed. */
    public Submission parse(byte[] json) {
        return parse(text(json));
    }

    /**
     * The text of a submission document as sent: UTF-8 (RFC 8259), a leading byte-order mark dropped. Text in another
     * encoding is refused here, before it is read as something it is not.
     */
    public static String text(byte[] json) {
        try {
            return Utf8Json.decode(json);
        } catch (IllegalArgumentException e) {
            throw unreadable(e.getMessage());
        }
    }

    /** Parses and validates a submission document. */
    public Submission parse(String json) {
        if (json.isBlank()) {
            throw unreadable("nội dung trống: cần một đối tượng JSON");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JacksonException e) {
            throw unreadable("không đọc được JSON" + JsonErrors.where(e) + ": " + JsonErrors.what(e));
        }
        return validate(root);
    }

    private static SubmissionRejectedException unreadable(String message) {
        return new SubmissionRejectedException(List.of(new ValidationError("(JSON)", message)));
    }

    public Submission validate(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new SubmissionRejectedException(List.of(new ValidationError("(phiếu)", "phiếu phải là một đối tượng JSON")));
        }
        List<ValidationError> errors = new ArrayList<>();
        root.propertyNames().forEach(name -> {
            if (!TOP_LEVEL.contains(name)) {
                errors.add(new ValidationError(JsonErrors.excerpt(name), "trường không có trong định dạng phiếu"));
            }
        });
        checkSubmissionId(root.get("submissionId"), errors);
        Optional<ChecklistTemplate> template = checkTemplate(root, errors);
        LocalDate inspectedOn = checkInspectedOn(root.get("inspectedOn"), errors);
        Optional<Unit> unit = checkUnit(root.get("unit"), template, inspectedOn, errors);
        checkInspectionType(root.get("inspectionType"), errors);
        checkPeriod(root.get("period"), inspectedOn, errors);
        checkInspectors(root.get("inspectors"), errors);
        if (template.isPresent()) {
            checkAnswers(root.get("answers"), template.get(), inspectedOn, errors);
            new RecordListChecker(template.get(), inspectedOn, errors).check(root.get("records"));
        }
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        return mapper.toSubmission(root, unit.orElseThrow());
    }

    private static void checkSubmissionId(JsonNode node, List<ValidationError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new ValidationError("submissionId", "thiếu mã phiếu (submissionId)"));
        } else if (!node.isString() || !SUBMISSION_ID.matcher(node.asString()).matches()) {
            errors.add(new ValidationError("submissionId",
                    "mã phiếu phải gồm 1–100 ký tự chữ, số, '.', '_' hoặc '-' (nhận " + ValueChecker.received(node) + ")"));
        }
    }

    private Optional<ChecklistTemplate> checkTemplate(JsonNode root, List<ValidationError> errors) {
        JsonNode name = root.get("template");
        JsonNode version = root.get("templateVersion");
        boolean ok = true;
        if (name == null || !name.isString()) {
            errors.add(new ValidationError("template", "thiếu tên mẫu phiếu (ví dụ COMMUNE-PAPI)"));
            ok = false;
        }
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            errors.add(new ValidationError("templateVersion", "thiếu hoặc sai phiên bản mẫu phiếu (số nguyên)"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        Optional<ChecklistTemplate> template = templates.find(name.asString(), version.asInt());
        if (template.isEmpty()) {
            errors.add(new ValidationError("template",
                    "không có mẫu phiếu " + JsonErrors.excerpt(name.asString()) + " phiên bản " + version.asInt()));
        }
        return template;
    }

    private Optional<Unit> checkUnit(JsonNode node, Optional<ChecklistTemplate> template, LocalDate inspectedOn,
                                     List<ValidationError> errors) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            errors.add(new ValidationError("unit", "thiếu mã đơn vị được kiểm tra"));
            return Optional.empty();
        }
        Optional<Unit> unit = units.get().find(node.asString());
        if (unit.isEmpty()) {
            errors.add(new ValidationError("unit",
                    "đơn vị '" + JsonErrors.excerpt(node.asString()) + "' không có trong danh mục đơn vị"));
        } else if (inspectedOn != null && unit.get().mergedBy(inspectedOn)) {
            errors.add(new ValidationError("unit", "đơn vị " + unit.get().name() + " đã sáp nhập vào "
                    + unit.get().mergedInto() + " từ ngày " + unit.get().mergedOn() + "; phiếu kiểm tra từ ngày đó ghi đơn vị mới"));
        } else if (template.isPresent() && !template.get().unitLevels().isEmpty()
                && !template.get().unitLevels().contains(unit.get().level())) {
            errors.add(new ValidationError("unit", "mẫu phiếu " + template.get().id() + " không dùng cho đơn vị cấp "
                    + unit.get().level() + " (" + unit.get().name() + ")"));
        }
        return unit;
    }

    private static void checkInspectionType(JsonNode node, List<ValidationError> errors) {
        List<String> allowed = java.util.Arrays.stream(InspectionType.values()).map(Enum::name).toList();
        if (node == null || !node.isString() || !allowed.contains(node.asString())) {
            errors.add(new ValidationError("inspectionType",
                    "loại kiểm tra phải là một trong " + String.join(", ", allowed)
                            + " (nhận " + ValueChecker.received(node) + ")"));
        }
    }

    private LocalDate checkInspectedOn(JsonNode node, List<ValidationError> errors) {
        LocalDate date = ValueChecker.date(node);
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            errors.add(new ValidationError("inspectedOn",
                    ValidationTexts.format("inspectedOn", ValueChecker.received(node))));
        } else if (date.isAfter(today)) {
            errors.add(new ValidationError("inspectedOn", ValidationTexts.format("inspectedOn.future", date, today)));
        } else if (date.isBefore(EARLIEST_INSPECTION)) {
            errors.add(new ValidationError("inspectedOn",
                    ValidationTexts.format("inspectedOn.tooEarly", date, EARLIEST_INSPECTION)));
        }
        return date;
    }

    private static void checkPeriod(JsonNode node, LocalDate inspectedOn, List<ValidationError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new ValidationError("period", "thiếu thời kỳ kiểm tra {from, to}"));
            return;
        }
        node.propertyNames().forEach(name -> {
            if (!name.equals("from") && !name.equals("to")) {
                errors.add(new ValidationError("period." + JsonErrors.excerpt(name), "trường không có trong định dạng phiếu"));
            }
        });
        LocalDate from = ValueChecker.date(node.get("from"));
        LocalDate to = ValueChecker.date(node.get("to"));
        if (from == null) {
            errors.add(new ValidationError("period.from", ValidationTexts.format("period.from")));
        }
        if (to == null) {
            errors.add(new ValidationError("period.to", ValidationTexts.format("period.to")));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new ValidationError("period.from", ValidationTexts.format("period.order", from, to)));
        }
        if (to != null && inspectedOn != null && to.isAfter(inspectedOn)) {
            errors.add(new ValidationError("period.to", ValidationTexts.format("period.afterInspection", to, inspectedOn)));
        }
    }

    private static void checkInspectors(JsonNode node, List<ValidationError> errors) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add(new ValidationError("inspectors", ValidationTexts.format("inspectors")));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode inspector = node.get(i);
            String problem = !inspector.isString() || inspector.asString().isBlank() ? ValidationTexts.format("inspector")
                    : ValueChecker.lengthProblem(inspector.asString(), MAX_ID_LENGTH);
            if (problem != null) {
                errors.add(new ValidationError("inspectors[" + i + "]", problem));
            }
        }
    }

    private void checkAnswers(JsonNode answers, ChecklistTemplate template, LocalDate inspectedOn,
                              List<ValidationError> errors) {
        if (answers == null) {
            return;
        }
        if (!answers.isObject()) {
            errors.add(new ValidationError("answers", "phải là một đối tượng {mã câu hỏi: câu trả lời}"));
            return;
        }
        Map<String, TemplateItem> items = itemIndex.computeIfAbsent(template, ChecklistTemplate::itemsByCode);
        Set<String> presentSections = new LinkedHashSet<>();
        Map<String, JsonNode> values = new HashMap<>();
        answers.properties().forEach(entry -> {
            TemplateItem item = items.get(entry.getKey());
            if (item == null) {
                errors.add(new ValidationError(JsonErrors.excerpt(entry.getKey()),
                        "mã câu hỏi không có trong mẫu phiếu " + template.id()));
                return;
            }
            presentSections.add(item.section());
            values.put(item.code(), entry.getValue());
        });
        for (String section : presentSections) {
            Map<String, JsonNode> valid = new HashMap<>();
            List<TemplateItem> sectionItems = template.itemsOf(section);
            for (TemplateItem item : sectionItems) {
                JsonNode value = values.get(item.code());
                String problem = missingOrWrong(item, value, inspectedOn,
                        ValidationTexts.format("required.where.section", section), MAX_TEXT_LENGTH);
                if (problem != null) {
                    errors.add(new ValidationError(item.code(), problem));
                } else {
                    valid.put(item.code(), value);
                }
            }
            // Links between items are checked among valid values only, so one bad answer is not reported twice.
            for (TemplateItem item : sectionItems) {
                JsonNode value = valid.get(item.code());
                String cross = value == null || value.isNull() ? null : CrossCheck.problem(item, value, valid::get);
                if (cross != null) {
                    errors.add(new ValidationError(item.code(), cross));
                }
            }
        }
    }

    /** Shared by answers and record rows: the problem with a value, including absence, or null. */
    static String missingOrWrong(ValueSpec spec, JsonNode value, LocalDate inspectedOn, String where, int maxLength) {
        if (value == null || value.isNull()) {
            return spec.nullable() ? null
                    : ValidationTexts.format("required", where);
        }
        return ValueChecker.problem(spec, value, inspectedOn, maxLength);
    }
}
