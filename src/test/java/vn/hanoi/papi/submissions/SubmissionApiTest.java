package vn.hanoi.papi.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.support.Examples;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/** The submission API over a real HTTP port, on the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    /** The inspector (scope: every unit) submits; the reviewer lists findings. */
    Http http;
    Http reviewer;

    @BeforeEach
    void client() {
        http = new Http(port).as("kiemtra");
        reviewer = new Http(port).as("thanhtra");
    }

    @Test
    void aNewSubmissionIsStoredWithItsFindingsAndTheSameOneAgainReturnsTheStoredResult() throws Exception {
        String id = UUID.randomUUID().toString();
        Http.Response first = http.postJson("/api/submissions", Examples.withId("2022-viet-hung-scheduled.json", id));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode body = first.json();
        assertThat(body.get("submissionId").asString()).isEqualTo(id);
        assertThat(body.get("unit").asString()).isEqualTo("HN-XA-DONG-ANH-VIET-HUNG");
        assertThat(body.get("inspectedOn").asString()).isEqualTo("2022-09-14");
        assertThat(body.get("findings").size()).isEqualTo(18);
        assertThat(body.get("notInspected").size()).isEqualTo(5);
        JsonNode budget02 = body.get("findings").get(0);
        assertThat(budget02.get("ruleId").asString()).isEqualTo("BUDGET-02");
        assertThat(budget02.get("legalDeadline").asString()).isEqualTo("2022-01-27");
        assertThat(budget02.get("status").asString()).isEqualTo("OPEN");
        assertThat(budget02.get("overdue").asBoolean()).isTrue();           // remediation was due 28/09/2022
        assertThat(budget02.get("version").asLong()).isZero();
        assertThat(budget02.get("id").asString()).isNotBlank();
        assertThat(budget02.get("facts").get("approvedOn").asString()).isEqualTo("2021-12-28");

        Http.Response again = http.postJson("/api/submissions", Examples.withId("2022-viet-hung-scheduled.json", id));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(body);

        Http.Response read = http.get("/api/submissions/" + id);
        assertThat(read.status()).isEqualTo(200);
        ObjectNode readBack = (ObjectNode) read.json();
        assertThat(readBack.remove("submission")).isEqualTo(JSON.readTree(Examples.withId("2022-viet-hung-scheduled.json", id)));
        assertThat(readBack).isEqualTo(body);
    }

    @Test
    void theSameIdWithOtherContentIsAConflictAndChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(http.postJson("/api/submissions", Examples.withId("2025-hang-trong-ward-nearly-compliant.json", id)).status())
                .isEqualTo(201);
        Http.Response conflict = http.postJson("/api/submissions", Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("title").asString()).isEqualTo("Trùng mã phiếu");
        assertThat(conflict.json().get("detail").asString()).contains(id);
        Http.Response stored = http.get("/api/submissions/" + id);
        assertThat(stored.json().get("unit").asString()).isEqualTo("HN-PHUONG-HOAN-KIEM-HANG-TRONG");
        assertThat(stored.json().get("findings").size()).isEqualTo(1);
    }

    @Test
    void anInvalidSubmissionIsA400NamingEveryBadItemAndNothingIsStored() throws Exception {
        byte[] bad = Files.readAllBytes(Path.of("fixtures/invalid/2022-viet-hung-bad-items.json"));
        Http.Response response = http.postJson("/api/submissions", bad);
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("item")).contains("BUDGET.POSTNG.DAYS", "PIB.MEMBERS",
                "BUDGET.ESTIMATE.DISCLOSED_ON", "COMPLAINTS", "DOSSIERS[000.20.31.H26-220801-0001]");
        assertThat(response.body()).doesNotContain("Exception", "at vn.hanoi");
        assertThat(http.get("/api/submissions/" + JSON.readTree(bad).get("submissionId").asString()).status())
                .isEqualTo(404);
    }

    @Test
    void malformedJsonIsA400Too() {
        Http.Response response = http.postJson("/api/submissions", "{\"submissionId\": ".getBytes());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("item").asString()).isEqualTo("(JSON)");
    }

    @Test
    void aSubmissionStartingWithAByteOrderMarkIsStoredAsTheSameWithout() {
        String id = UUID.randomUUID().toString();
        byte[] json = Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id);
        byte[] withBom = new byte[json.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, withBom, 0, 3);
        System.arraycopy(json, 0, withBom, 3, json.length);
        Http.Response first = http.postJson("/api/submissions", withBom);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("findings").size()).isEqualTo(5);
        assertThat(http.postJson("/api/submissions", json).status()).isEqualTo(200);
        assertThat(http.get("/api/submissions/" + id).status()).isEqualTo(200);
    }

    @Test
    void aBodyNotInUtf8IsA400AndNothingIsStored() {
        String id = UUID.randomUUID().toString();
        String text = new String(Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id), StandardCharsets.UTF_8);
        Http.Response declared = http.send("POST", "/api/submissions", "application/json;charset=UTF-16",
                HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_16)));
        assertThat(declared.status()).as(declared.body()).isEqualTo(400);
        assertThat(declared.json().get("errors").get(0).get("item").asString()).isEqualTo("Content-Type");
        assertThat(declared.json().get("errors").get(0).get("message").asString())
                .isEqualTo("phiếu phải gửi dạng JSON mã hóa UTF-8 (RFC 8259); không nhận charset=UTF-16");

        Http.Response undeclared = http.postJson("/api/submissions", text.getBytes(StandardCharsets.UTF_16));
        assertThat(undeclared.status()).as(undeclared.body()).isEqualTo(400);
        assertThat(undeclared.json().get("errors").get(0).get("item").asString()).isEqualTo("(JSON)");
        assertThat(undeclared.json().get("errors").get(0).get("message").asString()).contains("UTF-8", "UTF-16");

        assertThat(http.postJson("/api/submissions", text.getBytes(StandardCharsets.ISO_8859_1)).status()).isEqualTo(400);
        assertThat(http.get("/api/submissions/" + id).status()).isEqualTo(404);
        assertThat(http.send("POST", "/api/submissions", "application/json; charset=\"utf-8\"",
                HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(201);
    }

    @Test
    void anInspectionDayWithASignedYearOrAfterTodayIsA400AndNothingIsStored() {
        String tomorrow = LocalDate.now(Engine.HANOI).plusDays(1).toString();
        for (String day : List.of("+12024-03-05", "-2024-03-05", tomorrow)) {
            String id = UUID.randomUUID().toString();
            ObjectNode doc = (ObjectNode) JSON.readTree(Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id));
            doc.put("inspectedOn", day);
            Http.Response response = http.postJson("/api/submissions", JSON.writeValueAsBytes(doc));
            assertThat(response.status()).as(day).isEqualTo(400);
            assertThat(response.json().get("errors").findValuesAsString("item")).as(day).contains("inspectedOn");
            assertThat(http.get("/api/submissions/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void overlongTextsAreA400ThatRepeatsOnlyAnExcerpt() {
        String id = UUID.randomUUID().toString();
        ObjectNode doc = (ObjectNode) JSON.readTree(Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id));
        ObjectNode dossier = (ObjectNode) doc.get("records").get("DOSSIERS").get(0);
        dossier.put("procedure", "x".repeat(500_000));
        ((ObjectNode) doc.get("records").get("DOSSIERS").get(1)).put("code", "9".repeat(200_000));
        Http.Response tooLong = http.postJson("/api/submissions", JSON.writeValueAsBytes(doc));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsString("message"))
                .containsExactly("dài 500000 ký tự, quá mức tối đa 500 ký tự", "dài 200000 ký tự, quá mức tối đa 100 ký tự");
        assertThat(tooLong.body().length()).isLessThan(1_000);
        assertThat(http.get("/api/submissions/" + id).status()).isEqualTo(404);

        doc.put("submissionId", "a".repeat(100_000));
        Http.Response badId = http.postJson("/api/submissions", JSON.writeValueAsBytes(doc));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().length()).isLessThan(1_000);
    }

    @Test
    void aNumberWithAFractionOrAnExponentInAnIntegerFieldIsA400() {
        String json = new String(Examples.fresh("2024-minh-tri-surprise-land-dossiers.json"), StandardCharsets.UTF_8);
        for (String number : List.of("1e2", "2.0")) {
            Http.Response response = http.postJson("/api/submissions",
                    json.replaceFirst("\"reschedules\":0", "\"reschedules\":" + number).getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as(number).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("message").asString())
                    .startsWith("phải là số nguyên, không có phần thập phân hay số mũ");
        }
    }

    @Test
    void anEmptyBodyIsA400InTheValidatorsWords() {
        Http.Response response = http.postJson("/api/submissions", new byte[0]);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("item").asString()).isEqualTo("(JSON)");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("nội dung trống: cần một đối tượng JSON");
    }

    @Test
    void findingsAreFilteredAndPaged() throws Exception {
        String id = UUID.randomUUID().toString();
        http.postJson("/api/submissions", Examples.withId("2024-minh-tri-surprise-land-dossiers.json", id));
        Http.Response page = reviewer.get("/api/findings?unit=HN-XA-SOC-SON-MINH-TRI&ruleId=TTHC-01&from=2024-03-05&to=2024-03-05&size=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("content").size()).isEqualTo(1);
        assertThat(page.json().get("content").get(0).get("ruleId").asString()).isEqualTo("TTHC-01");

        Http.Response critical = reviewer.get("/api/findings?unit=HN-XA-SOC-SON-MINH-TRI&severity=CRITICAL&status=OPEN");
        assertThat(critical.json().get("content").findValuesAsString("severity")).containsOnly("CRITICAL");
    }

    @Test
    void queryParametersCannotCarryMongoOperators() {
        long all = reviewer.get("/api/findings").json().get("totalElements").asLong();
        // unit[$ne]=x is just an unknown parameter: no filter, no operator.
        Http.Response injected = reviewer.get("/api/findings?unit%5B%24ne%5D=x");
        assertThat(injected.status()).isEqualTo(200);
        assertThat(injected.json().get("totalElements").asLong()).isEqualTo(all);
        // An operator as the value is a unit name like any other: it matches nothing.
        Http.Response asText = reviewer.get("/api/findings?unit=%7B%22%24ne%22%3A%22x%22%7D");
        assertThat(asText.json().get("totalElements").asLong()).isZero();
        // Unencoded brackets are refused by the server before any query.
        assertThat(reviewer.get("/api/findings?unit[$ne]=x").status()).isEqualTo(400);
        Http.Response badSeverity = reviewer.get("/api/findings?severity=TERRIBLE");
        assertThat(badSeverity.status()).isEqualTo(400);
        assertThat(badSeverity.json().get("detail").asString()).contains("Tham số 'severity'", "TERRIBLE");
    }

    @Test
    void anUnknownSubmissionIs404() {
        Http.Response response = http.get("/api/submissions/khong-co");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("khong-co");
        Http.Response longId = http.get("/api/submissions/" + "k".repeat(5_000));
        assertThat(longId.status()).isEqualTo(404);
        assertThat(longId.json().get("detail").asString()).isEqualTo("Không có phiếu kiểm tra " + "k".repeat(100) + "…");
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Http.Response docs = http.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/submissions")).isTrue();
        assertThat(docs.json().get("paths").has("/api/findings")).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesTheSubmissionCallsAsTheyAre() throws Exception {
        JsonNode docs = http.anonymous().get("/v3/api-docs").json();
        Files.writeString(Path.of("target", "api-docs-submissions.json"), docs.toPrettyString());
        JsonNode post = docs.at("/paths/~1api~1submissions/post");
        assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/Submission");
        assertThat(docs.at("/components/schemas/Submission/properties").propertyNames()).containsExactlyInAnyOrder(
                "submissionId", "template", "templateVersion", "unit", "inspectionType", "inspectedOn", "period",
                "inspectors", "answers", "records");
        assertThat(post.get("responses").propertyNames()).containsExactlyInAnyOrder("200", "201", "400", "401", "403", "409");
        assertThat(post.at("/responses/201/content/application~1json/schema/$ref").asString()).endsWith("/SubmissionView");
        assertThat(post.at("/responses/400/content/application~1problem+json/schema/$ref").asString()).endsWith("/SubmissionProblem");
        assertThat(docs.at("/components/schemas/SubmissionProblem/properties/errors/items/$ref").asString()).endsWith("/ItemError");
        assertThat(post.at("/responses/409/content/application~1problem+json/schema/$ref").asString()).endsWith("/Problem");

        JsonNode get = docs.at("/paths/~1api~1submissions~1{submissionId}/get");
        assertThat(get.get("responses").propertyNames()).containsExactlyInAnyOrder("200", "401", "403", "404");
        JsonNode detail = docs.at(get.at("/responses/200/content/application~1json/schema/$ref").asString().substring(1));
        assertThat(detail.get("properties").propertyNames()).contains("submissionId", "unit", "inspectedOn", "findings",
                "notInspected", "rulesVersion", "submission");
        assertThat(get.at("/responses/404/content/application~1problem+json/schema/$ref").asString()).endsWith("/Problem");
    }

    @Test
    void aSubmissionBuiltByTheTestBuilderGoesThroughToo() {
        Http.Response response = http.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14")
                .compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("findings").findValuesAsString("ruleId")).containsExactly("BUDGET-06");
    }
}
