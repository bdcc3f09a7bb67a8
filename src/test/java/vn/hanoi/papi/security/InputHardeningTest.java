package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/**
 * Input hardening: body-size and JSON-depth limits, MongoDB operators in parameters and bodies, and error bodies
 * that never carry a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHardeningTest {

    private static final int MB = 1024 * 1024;

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    Http inspector;
    Http reviewer;
    Http admin;

    @BeforeEach
    void clients() {
        inspector = new Http(port).as("kiemtra");
        reviewer = new Http(port).as("thanhtra");
        admin = new Http(port).as("admin");
    }

    /** A JSON document of {@code size} bytes: a submission with a long unknown field. */
    private static byte[] jsonOfSize(int size) {
        String head = "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"padding\": \"";
        String tail = "\"}";
        char[] filler = new char[size - head.length() - tail.length()];
        Arrays.fill(filler, 'a');
        return (head + new String(filler) + tail).getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private Http.Response chunked(Http as, String path, byte[] body) {
        // A body publisher of unknown length: sent with Transfer-Encoding: chunked, no Content-Length.
        return as.send("POST", path, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    @Test
    void aJsonBodyOverTwoMegabytesIsA413ProblemAndNothingIsStored() {
        byte[] big = jsonOfSize(2 * MB + 100 * 1024);
        Http.Response response = inspector.postJson("/api/submissions", big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Nội dung yêu cầu quá lớn");
        assertThat(response.json().get("detail").asString()).contains("2 MB");
        assertThat(admin.postJson("/api/units", big).status()).isEqualTo(413);

        // Just under the limit, the body reaches the validator, which names the unknown field.
        Http.Response under = inspector.postJson("/api/submissions", jsonOfSize(2 * MB - 1024));
        assertThat(under.status()).isEqualTo(400);
        assertThat(under.json().get("errors").findValuesAsString("item")).contains("padding");
    }

    @Test
    void aChunkedBodyWithoutLengthIsHeldToTheSameLimit() {
        Http.Response big = chunked(inspector, "/api/submissions", jsonOfSize(2 * MB + 100 * 1024));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("title").asString()).isEqualTo("Nội dung yêu cầu quá lớn");

        Http.Response small = chunked(inspector, "/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14")
                .compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(small.status()).as(small.body()).isEqualTo(201);
        assertThat(small.json().get("findings").findValuesAsString("ruleId")).containsExactly("BUDGET-06");
    }

    @Test
    void photosAreNotHeldToTheJsonLimitButToTheirOwn() {
        String id = inspector.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget()
                .toJson()).json().get("submissionId").asString();
        byte[] photo = new byte[3 * MB];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, photo, 0, 8);
        Http.Response response = inspector.postMultipart("/api/submissions/" + id + "/evidence",
                Http.multipart().file("file", "lon.png", "image/png", photo));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void jsonNestedDeeperThanFiftyLevelsIsA400Everywhere() {
        String deep = "{\"submissionId\": \"sau-qua\", \"answers\": {\"BUDGET.POSTING.DAYS\": " + nested(60) + "}}";
        Http.Response submission = inspector.postJson("/api/submissions", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(submission.status()).isEqualTo(400);
        JsonNode error = submission.json().get("errors").get(0);
        assertThat(error.get("item").asString()).isEqualTo("(JSON)");
        assertThat(error.get("message").asString()).contains("50");

        Http.Response units = admin.postJson("/api/units", nested(60).getBytes(StandardCharsets.UTF_8));
        assertThat(units.status()).isEqualTo(400);
        Http.Response review = reviewer.postJson("/api/findings/" + UUID.randomUUID() + "/review",
                ("{\"decision\": \"CONFIRM\", \"reason\": " + nested(60) + ", \"version\": 0}").getBytes(StandardCharsets.UTF_8));
        assertThat(review.status()).isEqualTo(400);
        for (Http.Response r : new Http.Response[] {submission, units, review}) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body()).doesNotContain("Exception", "at vn.", "at tools.");
        }

        // Within the limit, a nested value is judged by the validator like any other wrong value.
        String shallow = "{\"submissionId\": \"vua-du\", \"answers\": {\"BUDGET.POSTING.DAYS\": " + nested(40) + "}}";
        Http.Response judged = inspector.postJson("/api/submissions", shallow.getBytes(StandardCharsets.UTF_8));
        assertThat(judged.status()).isEqualTo(400);
        assertThat(judged.json().get("errors").findValuesAsString("item")).doesNotContain("(JSON)");
    }

    @Test
    void mongoOperatorsInABodyAreRejectedByTheValidatorAsUnknownItemsOrWrongValues() {
        byte[] where = SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget()
                .answer("$where", "function() { return true; }")
                .set("$where", "sleep(1000)")
                .toJson();
        Http.Response response = inspector.postJson("/api/submissions", where);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream()
                .filter(e -> e.get("item").asString().equals("$where"))
                .map(e -> e.get("message").asString()).toList())
                .anySatisfy(m -> assertThat(m).contains("không có trong mẫu phiếu"))
                .anySatisfy(m -> assertThat(m).contains("không có trong định dạng phiếu"));

        byte[] operatorValue = SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.POSTING.DAYS", Map.of("$gt", "")).set("unit", Map.of("$ne", "x")).toJson();
        Http.Response values = inspector.postJson("/api/submissions", operatorValue);
        assertThat(values.status()).isEqualTo(400);
        assertThat(values.json().get("errors").findValuesAsString("item")).contains("BUDGET.POSTING.DAYS", "unit");
    }

    @Test
    void queryParametersAndPathsAreLiteralsNeverMongoOperators() {
        inspector.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.POSTING.DAYS", 12).toJson());
        long all = reviewer.get("/api/findings?size=1").json().get("totalElements").asLong();
        assertThat(all).isPositive();
        // unit[$ne]=x and status[$ne]=OPEN are unknown parameters: no filter at all, no operator.
        assertThat(reviewer.get("/api/findings?unit%5B%24ne%5D=x&size=1").json().get("totalElements").asLong()).isEqualTo(all);
        assertThat(reviewer.get("/api/findings?status%5B%24ne%5D=OPEN&size=1").json().get("totalElements").asLong())
                .isEqualTo(all);
        // An operator as a value is a name like any other: it matches nothing.
        for (String parameter : new String[] {"unit", "ruleId"}) {
            Http.Response page = reviewer.get("/api/findings?" + parameter + "=%7B%22%24gt%22%3A%22%22%7D");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("totalElements").asLong()).as(parameter).isZero();
        }
        assertThat(reviewer.get("/api/findings?severity=%7B%22%24gt%22%3A%22%22%7D").status()).isEqualTo(400);
        assertThat(reviewer.get("/api/findings?from=%7B%22%24gt%22%3A%22%22%7D").status()).isEqualTo(400);
        // In a path, too: an id is looked up as it is.
        Http.Response byId = inspector.get("/api/submissions/%7B%22%24ne%22%3Anull%7D");
        assertThat(byId.status()).isEqualTo(404);
        assertThat(inspector.get("/api/evidence/%7B%22%24ne%22%3Anull%7D").status()).isEqualTo(404);
    }

    @Test
    void anUnexpectedErrorIsA500ProblemWithoutAStackTrace() {
        // A submission document the service cannot read back (a count stored as text): reading it fails inside.
        String id = "hong-" + UUID.randomUUID();
        mongo.getCollection("submissions").insertOne(new Document("_id", id).append("unit", "HN-XA-DONG-ANH-VIET-HUNG")
                .append("findingCount", "beaucoup").append("notInspected", 7));
        try {
            Http.Response response = inspector.get("/api/submissions/" + id);
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("title").asString()).isEqualTo("Lỗi máy chủ");
            assertThat(problem.get("detail").asString()).contains("mã tra cứu");
            assertThat(response.body()).doesNotContain("Exception", "at vn.", "at org.", "java.", "beaucoup", "trace");
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), "submissions");
        }
    }

    @Test
    void anUnknownPathUnderApiTellsNothing() {
        Http.Response response = inspector.get("/api/khong-co-gi");
        assertThat(response.status()).isEqualTo(404);
        assertThat(new Http(port).get("/api/khong-co-gi").status()).isEqualTo(401);    // signed in first
        assertThat(response.body()).doesNotContain("Exception", "at vn.");
        Http.Response pages = new Http(port).get("/khong-co-gi");
        assertThat(pages.status()).isEqualTo(302);                       // to the login form
    }
}
