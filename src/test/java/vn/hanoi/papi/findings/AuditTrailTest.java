package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Workflow.ok;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * The audit trail: one event per change of a finding or a submission, none for a read, a refusal or a retry;
 * readable per finding and per unit, newest last; nothing in the API or the store class updates or deletes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

    /** Xã Khánh Thượng (Ba Vì): used by this test class only, so its trail is this class's. */
    private static final String UNIT = "HN-XA-BA-VI-KHANH-THUONG";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    Http http;
    Workflow flow;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
    }

    private long trail() {
        return mongo.count(new Query(), AuditEvent.class);
    }

    private JsonNode unitTrail(int page, int size) {
        Http.Response r = http.get("/api/units/" + UNIT + "/audit?page=" + page + "&size=" + size);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Runs a change and checks it added exactly one event; then that reads, refusals and retries add none. */
    private <T> T exactlyOneEvent(String what, Supplier<T> change, Runnable... noChanges) {
        long before = trail();
        T result = change.get();
        assertThat(trail()).as(what + " adds one event").isEqualTo(before + 1);
        for (Runnable none : noChanges) {
            none.run();
        }
        assertThat(trail()).as("after " + what + ": reads, refusals and retries add none").isEqualTo(before + 1);
        return result;
    }

    @Test
    void everyChangeAddsExactlyOneEventAndReadsRefusalsAndRetriesAddNone() {
        byte[] submission = SubmissionBuilder.inspectedOn(Workflow.INSPECTED_ON).unit(UNIT).compliantBudget()
                .answer("BUDGET.POSTING.DAYS", 12).toJson();
        JsonNode stored = exactlyOneEvent("a submission", () -> {
            Http.Response r = http.postJson("/api/submissions", submission);
            assertThat(r.status()).isEqualTo(201);
            return r.json();
        }, () -> assertThat(http.postJson("/api/submissions", submission).status()).isEqualTo(200));
        String sid = stored.get("submissionId").asString();
        String id = stored.get("findings").get(0).get("id").asString();
        Runnable reads = () -> reads(sid, id);
        reads.run();

        String photo = exactlyOneEvent("a photo", () -> flow.photo(sid), reads);
        ok(exactlyOneEvent("a confirmation", () -> flow.review(id, "CONFIRM", null, 0), reads,
                () -> assertThat(flow.review(id, "CONFIRM", null, 0).status()).isEqualTo(409),
                () -> assertThat(flow.review(id, "DISMISS", null, 1).status()).isEqualTo(400)));
        ok(exactlyOneEvent("a remedy", () -> flow.remediation(id, "Đã niêm yết lại 30 ngày", List.of(photo), 1), reads,
                () -> assertThat(flow.remediation(id, "Đã niêm yết lại 30 ngày", List.of(photo), 1).status()).isEqualTo(409),
                () -> assertThat(flow.verification(id, "REOPEN", " ", 2).status()).isEqualTo(400)));
        ok(exactlyOneEvent("a reopening", () -> flow.verification(id, "REOPEN", "Chưa niêm yết tại thôn", 2), reads,
                () -> assertThat(flow.verification(id, "CLOSE", null, 2).status()).isEqualTo(409)));
        exactlyOneEvent("a follow-up order", () -> flow.followUp(id, "kiemtra", "2099-05-01"), reads,
                () -> assertThat(flow.followUp(id, "kiemtra", "2099-05-01").status()).isEqualTo(200),
                () -> assertThat(flow.followUp(id, "kiemtra", "2001-05-01").status()).isEqualTo(400),
                () -> assertThat(flow.followUp(id, "le.van.c", "2099-05-01").status()).isEqualTo(400),
                () -> assertThat(flow.followUp(id, "kiemtra", "2099-06-01").status()).isEqualTo(409));
        ok(exactlyOneEvent("a second remedy", () -> flow.remediation(id, "Đã niêm yết tại cả 8 thôn", List.of(photo), 3),
                reads));
        ok(exactlyOneEvent("a closing", () -> flow.verification(id, "CLOSE", null, 4), reads,
                () -> assertThat(flow.verification(id, "REOPEN", "x", 5).status()).isEqualTo(409),
                () -> assertThat(flow.review(UUID.randomUUID().toString(), "CONFIRM", null, 0).status()).isEqualTo(404)));

        // The finding's trail, newest last, each event saying who, when, what, why and from where.
        JsonNode trail = flow.audit(id);
        assertThat(trail).extracting(e -> e.get("action").asString()).containsExactly("REVIEW_CONFIRM",
                "REMEDIATION_SUBMITTED", "VERIFY_REOPEN", "FOLLOW_UP_ORDERED", "REMEDIATION_SUBMITTED", "VERIFY_CLOSE");
        assertThat(trail).extracting(e -> e.get("toStatus").asString()).containsExactly("CONFIRMED",
                "REMEDIATION_SUBMITTED", "REOPENED", "REOPENED", "REMEDIATION_SUBMITTED", "CLOSED");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.get("actor").asString())
                    .isEqualTo(e.get("action").asString().equals("REMEDIATION_SUBMITTED") ? "donvi-khanhthuong" : "tester");
            assertThat(e.get("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(e.get("at").asString()).isNotBlank();
            assertThat(e.get("unit").asString()).isEqualTo(UNIT);
            assertThat(e.get("submissionId").asString()).isEqualTo(sid);
        });
        assertThat(trail.get(1).get("reason").asString()).isEqualTo("Đã niêm yết lại 30 ngày");
        assertThat(trail.get(1).get("evidence")).extracting(JsonNode::asString).containsExactly(photo);
        assertThat(trail.get(2).get("reason").asString()).isEqualTo("Chưa niêm yết tại thôn");

        // The unit's trail: the submission and the photo first, the finding's events after, newest last.
        JsonNode all = unitTrail(0, 500);
        List<String> actions = new ArrayList<>();
        all.get("content").forEach(e -> {
            if (sid.equals(e.get("submissionId").asString())) {
                actions.add(e.get("action").asString());
            }
        });
        assertThat(actions).containsExactly("SUBMITTED", "EVIDENCE_ADDED", "REVIEW_CONFIRM", "REMEDIATION_SUBMITTED",
                "VERIFY_REOPEN", "FOLLOW_UP_ORDERED", "REMEDIATION_SUBMITTED", "VERIFY_CLOSE");
        long total = all.get("totalElements").asLong();
        JsonNode newest = unitTrail((int) total - 1, 1);
        assertThat(newest.get("content")).singleElement()
                .satisfies(e -> assertThat(e.get("action").asString()).isEqualTo("VERIFY_CLOSE"));
        JsonNode firstPage = unitTrail(0, 3);
        assertThat(firstPage.get("content").size()).isEqualTo(Math.min(3, (int) total));
        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(total);
        assertThat(unitTrail((int) total, 1).get("content").size()).isZero();
        assertThat(http.get("/api/units/" + UNIT + "/audit?size=0").status()).isEqualTo(400);
    }

    @Test
    void anUnknownUnitsTrailIsNotFoundForEveryoneAndAnotherUnitsLooksTheSameToAUnitAccount() {
        for (String who : List.of("admin", "thanhtra", "noivu", "donvi")) {
            Http.Response r = new Http(port).as(who).get("/api/units/NOPE/audit");
            assertThat(r.status()).as(who + ": " + r.body()).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("title").asString()).isEqualTo("Không tìm thấy");
            assertThat(r.json().get("detail").asString()).isEqualTo("Không có đơn vị mã NOPE trong danh mục đơn vị.");
        }
        Http.Response other = new Http(port).as("donvi").get("/api/units/" + UNIT + "/audit");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("detail").asString())
                .isEqualTo("Không có đơn vị mã " + UNIT + " trong danh mục đơn vị.");
        assertThat(new Http(port).as("donvi").get("/api/units/HN-XA-DONG-ANH-VIET-HUNG/audit").status()).isEqualTo(200);
    }

    /** Every kind of read there is. */
    private void reads(String submissionId, String findingId) {
        List<String> paths = List.of("/api/findings/" + findingId, "/api/findings/" + findingId + "/audit",
                "/api/findings?unit=" + UNIT, "/api/findings?unit=" + UNIT + "&overdue=true",
                "/api/submissions/" + submissionId, "/api/submissions/" + submissionId + "/evidence",
                "/api/units/" + UNIT + "/audit", "/api/assignments", "/api/assignments?inspector=le.van.c",
                "/api/findings/" + UUID.randomUUID(), "/api/units");
        for (String path : paths) {
            assertThat(http.get(path).status()).as(path).isIn(200, 404);
        }
    }

    @Test
    void noCallUpdatesOrDeletesTheTrail() throws Exception {
        String id = flow.bringTo(FindingStatus.CONFIRMED, UNIT).get("id").asString();
        long before = trail();
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api/findings/" + id + "/audit", "/api/units/" + UNIT + "/audit")) {
            for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                // Refused even to the administrator: no such call (403 from the access rules, or 405).
                assertThat(r.statusCode()).as(method + " " + path).isIn(403, 405);
            }
        }
        assertThat(trail()).isEqualTo(before);
        // The store class has no way to change or remove an event: it appends and reads.
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("append", "ofFinding", "ofUnit");
    }
}
