package vn.hanoi.papi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import vn.hanoi.papi.findings.FindingStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives findings through their lifecycle over HTTP for the workflow tests. Every finding comes from a fresh
 * submission at a unit no other test class uses, all inspected on the same day — so confirming one never makes
 * another test's finding a repeat (the history rules look only at earlier inspections).
 */
public final class Workflow {

    /** Xã Tản Lĩnh (Ba Vì): used only by the workflow tests. */
    public static final String UNIT = "HN-XA-BA-VI-TAN-LINH";
    /** The inspection day: a MINOR BUDGET-06 of that day is due for remedy on Wed 12/10/2022. */
    public static final String INSPECTED_ON = "2022-09-14";
    public static final String REMEDIATION_DUE = "2022-10-12";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Http http;

    /** The accounts that remedy the findings of the workflow tests' communes (see the test configuration). */
    private static final java.util.Map<String, String> UNIT_ACCOUNTS = java.util.Map.of(
            "HN-XA-BA-VI-TAN-LINH", "donvi-tanlinh", "HN-XA-BA-VI-KHANH-THUONG", "donvi-khanhthuong");

    /** {@code http} signs in as the desk account {@code tester} (inspector, reviewer, Nội vụ, admin); remedies go
     * through the account of the finding's unit. */
    public Workflow(Http http) {
        this(http.as("tester"), "tester");
    }

    private Workflow(Http http, String signedInAs) {
        this.http = http;
    }

    /** The same steps with {@code http} as it is (a bearer token, say) rather than as {@code tester}. */
    public static Workflow as(Http http) {
        return new Workflow(http, "as given");
    }

    /** A fresh submission at {@code unit} with exactly one finding (BUDGET-06 MINOR, posted 12 days), OPEN. */
    public JsonNode newFinding(String unit) {
        Http.Response r = http.postJson("/api/submissions", SubmissionBuilder.inspectedOn(INSPECTED_ON).unit(unit)
                .compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode findings = r.json().get("findings");
        assertThat(findings.size()).as(r.body()).isEqualTo(1);
        assertThat(findings.get(0).get("status").asString()).isEqualTo("OPEN");
        return findings.get(0);
    }

    public JsonNode newFinding() {
        return newFinding(UNIT);
    }

    /** Uploads a small, unique PNG to the submission and returns its evidence id. */
    public String photo(String submissionId) {
        UUID salt = UUID.randomUUID();
        byte[] png = ByteBuffer.allocate(8 + 16 + 64).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putLong(salt.getMostSignificantBits()).putLong(salt.getLeastSignificantBits()).array();
        Http.Response r = http.postMultipart("/api/submissions/" + submissionId + "/evidence",
                Http.multipart().file("file", "khac-phuc.png", "image/png", png).field("caption", "Ảnh sau khắc phục"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    public Http.Response get(String id) {
        return http.get("/api/findings/" + id);
    }

    public JsonNode current(String id) {
        Http.Response r = get(id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public Http.Response review(String id, String decision, String reason, long version) {
        return post(id, "review", body("decision", decision, "reason", reason, "version", version));
    }

    public Http.Response remediation(String id, String note, List<String> evidence, long version) {
        return post(id, "remediation", body("note", note, "evidence", evidence, "version", version));
    }

    public Http.Response verification(String id, String decision, String reason, long version) {
        return post(id, "verification", body("decision", decision, "reason", reason, "version", version));
    }

    public Http.Response followUp(String id, String inspector, String dueBy) {
        return post(id, "follow-up", body("inspector", inspector, "dueBy", dueBy));
    }

    public Http.Response post(String id, String action, byte[] body) {
        Http client = action.equals("remediation") ? unitAccountFor(id) : http;
        return client.postJson("/api/findings/" + id + "/" + action, body);
    }

    /** The unit that owns the finding remedies it; for an unknown finding, any unit account (the answer is 404). */
    private Http unitAccountFor(String id) {
        Http.Response r = http.get("/api/findings/" + id);
        String unit = r.status() == 200 ? r.json().get("unit").asString() : UNIT;
        return http.as(UNIT_ACCOUNTS.getOrDefault(unit, "donvi-tanlinh"));
    }

    /** A JSON object from key, value, key, value…; null values are written as null. */
    public static byte[] body(Object... keyValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return JSON.writeValueAsBytes(map);
    }

    /** The finding's audit trail, oldest first. */
    public JsonNode audit(String id) {
        Http.Response r = http.get("/api/findings/" + id + "/audit");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Expects 200 and returns the finding after the change. */
    public static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** A fresh finding brought to {@code state} through the API; returns it as it is then. */
    public JsonNode bringTo(FindingStatus state) {
        return bringTo(state, UNIT);
    }

    /** A fresh finding at {@code unit} brought to {@code state}. */
    public JsonNode bringTo(FindingStatus state, String unit) {
        JsonNode f = newFinding(unit);
        String id = f.get("id").asString();
        return switch (state) {
            case OPEN -> f;
            case CONFIRMED -> ok(review(id, "CONFIRM", null, 0));
            case DISMISSED -> ok(review(id, "DISMISS", "Biên bản ghi nhầm", 0));
            case REMEDIATION_SUBMITTED -> remedy(ok(review(id, "CONFIRM", null, 0)));
            case CLOSED -> ok(verification(id, "CLOSE", null, remedy(ok(review(id, "CONFIRM", null, 0)))
                    .get("version").asLong()));
            case REOPENED -> ok(verification(id, "REOPEN", "Chưa niêm yết tại nhà văn hoá thôn",
                    remedy(ok(review(id, "CONFIRM", null, 0))).get("version").asLong()));
        };
    }

    public JsonNode remedy(JsonNode finding) {
        String photo = photo(finding.get("submissionId").asString());
        return ok(remediation(finding.get("id").asString(), "Đã niêm yết lại", List.of(photo),
                finding.get("version").asLong()));
    }
}
