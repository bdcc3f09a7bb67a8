package vn.hanoi.papi.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.findings.Evaluation;

/**
 * Builds a submission document for a test: a valid commune inspection to which a test adds the one
 * section or row it is about. Compliant baselines keep the other items of a section quiet.
 */
public final class SubmissionBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();

    private SubmissionBuilder(String inspectedOn) {
        root.put("submissionId", UUID.randomUUID().toString());
        root.put("template", "COMMUNE-PAPI");
        root.put("templateVersion", 1);
        root.put("unit", "HN-XA-DONG-ANH-VIET-HUNG");
        root.put("inspectionType", "SCHEDULED");
        root.put("inspectedOn", inspectedOn);
        root.put("period", new LinkedHashMap<>(Map.of("from", LocalDate.parse(inspectedOn).withDayOfYear(1).toString(),
                "to", inspectedOn)));
        root.put("inspectors", List.of("tran.van.a"));
    }

    /** An inspection of Xã Việt Hùng (8 villages, not remote) on {@code inspectedOn}, period from 1 January. */
    public static SubmissionBuilder inspectedOn(String inspectedOn) {
        return new SubmissionBuilder(inspectedOn);
    }

    public SubmissionBuilder unit(String unit) {
        root.put("unit", unit);
        return this;
    }

    public SubmissionBuilder type(String inspectionType) {
        root.put("inspectionType", inspectionType);
        return this;
    }

    public SubmissionBuilder period(String from, String to) {
        root.put("period", new LinkedHashMap<>(Map.of("from", from, "to", to)));
        return this;
    }

    public SubmissionBuilder set(String field, Object value) {
        root.put(field, value);
        return this;
    }

    /** Sets an answer item; {@code null} is kept as an explicit null. */
    public SubmissionBuilder answer(String code, Object value) {
        answers.put(code, value instanceof LocalDate d ? d.toString() : value);
        return this;
    }

    public SubmissionBuilder without(String code) {
        answers.remove(code);
        return this;
    }

    /** Adds a row to a record list (creating the list); values may be given as key, value, key, value… */
    public SubmissionBuilder row(String record, Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            row.put((String) keyValues[i], v instanceof LocalDate d ? d.toString() : v);
        }
        records.computeIfAbsent(record, r -> new ArrayList<>()).add(row);
        return this;
    }

    /** Makes a record list present but empty: "none happened". */
    public SubmissionBuilder emptyList(String record) {
        records.computeIfAbsent(record, r -> new ArrayList<>());
        return this;
    }

    /** A BUDGET section where every duty was done on time (2022 budget year). */
    public SubmissionBuilder compliantBudget() {
        return answer("BUDGET.DRAFT.SENT_ON", "2021-12-10")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", "2021-12-13")
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2021-12-28")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-01-05")
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", true)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", null)
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", null)
                .answer("BUDGET.POSTING.AT_HQ", true)
                .answer("BUDGET.POSTING.AT_VILLAGES", true)
                .answer("BUDGET.POSTING.DAYS", 30);
    }

    /** A BUDGET section of budget year {@code year} where every disclosure was on time (sent 10/12 of the year before). */
    public SubmissionBuilder compliantBudgetOf(int year) {
        int before = year - 1;
        return answer("BUDGET.DRAFT.SENT_ON", before + "-12-10")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", before + "-12-14")
                .answer("BUDGET.ESTIMATE.APPROVED_ON", before + "-12-28")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", year + "-01-05")
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", true)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", null)
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", null)
                .answer("BUDGET.POSTING.AT_HQ", true)
                .answer("BUDGET.POSTING.AT_VILLAGES", true)
                .answer("BUDGET.POSTING.DAYS", 30);
    }

    /** A POOR section without any problem: agreed by the meeting, posted at both places, no posting dates yet. */
    public SubmissionBuilder compliantPoor() {
        return answer("POOR.MEETING.ATTENDEES", 40)
                .answer("POOR.MEETING.AGREED", 35)
                .answer("POOR.LIST.POSTED_AT_VILLAGE", true)
                .answer("POOR.LIST.POSTED_AT_HQ", true)
                .answer("POOR.LIST.POSTED_FROM", null)
                .answer("POOR.LIST.POSTED_UNTIL", null)
                .answer("POOR.LIST.DECISION_ON", null);
    }

    /** A GDL section without any problem on the inspection day. */
    public SubmissionBuilder compliantGdl() {
        String on = (String) root.get("inspectedOn");
        return answer("GDL.DISCLOSURE_LIST.UPDATED_ON", on)
                .answer("GDL.TTHC_POSTED_AT_HQ", true)
                .answer("GDL.REGULATION_ADOPTED", true)
                .answer("GDL.DIALOGUE.LAST_HELD_ON", on)
                .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 0);
    }

    public SubmissionBuilder compliantPib() {
        return answer("PIB.MEMBERS", 7).answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 0);
    }

    public SubmissionBuilder compliantEgov() {
        return answer("EGOV.PORTAL_EXISTS", true).answer("EGOV.PORTAL_HAS_DISCLOSURES", true);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> doc = new LinkedHashMap<>(root);
        if (!answers.isEmpty()) {
            doc.put("answers", answers);
        }
        if (!records.isEmpty()) {
            doc.put("records", records);
        }
        return doc;
    }

    public byte[] toJson() {
        return JSON.writeValueAsBytes(toMap());
    }

    public Evaluation evaluate() {
        return TestEngine.get().evaluate(toJson());
    }

    /** The problems the validator reports; fails the test if the submission is accepted. */
    public List<ValidationError> rejection() {
        try {
            TestEngine.get().validator().parse(toJson());
        } catch (SubmissionRejectedException e) {
            return e.errors();
        }
        throw new AssertionError("phiếu lẽ ra bị từ chối nhưng lại hợp lệ: " + new String(toJson()));
    }
}
