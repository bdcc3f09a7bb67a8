package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/**
 * Every endpoint × every role and anonymous → the expected status (the spec's HTTP API table). The rows belong to
 * {@code donvi}'s commune (Việt Hùng); {@code donvi2} is another commune's account. "Allowed" (for endpoints
 * that other work builds: remediation, scores) means the call gets past sign-in and the role check: anything but
 * 401 and 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The callers: the demo accounts (password demo), and nobody. */
    enum Who {
        ANONYMOUS(null), INSPECTOR("kiemtra"), REVIEWER("thanhtra"), NOI_VU("noivu"), ADMIN("admin"),
        UNIT_OWN("donvi"), UNIT_OTHER("donvi2");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** Any status but 401 and 403: the call passed sign-in and the role check. */
    static final int ALLOWED = -1;
    static final Who[] READERS = {Who.INSPECTOR, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN};

    static final String OWN_UNIT = "HN-XA-DONG-ANH-VIET-HUNG";

    /** What the calls act on, made once by the inspector: a submission of Việt Hùng with findings and a photo. */
    static String submissionId;
    static String findingId;
    static String evidenceId;
    static String unitJson;

    @Value("${local.server.port}")
    int port;

    /** One request; {@code form} for a multipart upload. */
    record Call(String method, String path, String contentType, byte[] body, Http.Multipart form) {
        static Call get(String path) {
            return new Call("GET", path, null, null, null);
        }

        static Call post(String path, String contentType, byte[] body) {
            return new Call("POST", path, contentType, body, null);
        }

        static Call postJson(String path, String json) {
            return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Call upload(String path, Http.Multipart form) {
            return new Call("POST", path, null, null, form);
        }

        Http.Response send(Http http) {
            if (form != null) {
                return http.postMultipart(path, form);
            }
            if (method.equals("GET")) {
                return http.get(path);
            }
            return http.send(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
        }
    }

    record Endpoint(String label, Function<AuthorizationMatrixTest, Call> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Http as(Who who) {
        Http http = new Http(port);
        return who.username == null ? http : http.as(who.username);
    }

    @BeforeAll
    void rows() {
        Http inspector = new Http(port).as("kiemtra");
        Http.Response submitted = inspector.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14")
                .unit(OWN_UNIT).compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        submissionId = submitted.json().get("submissionId").asString();
        findingId = submitted.json().get("findings").get(0).get("id").asString();
        Http.Response photo = inspector.postMultipart("/api/submissions/" + submissionId + "/evidence",
                Http.multipart().file("file", "anh.png", "image/png", png()));
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        evidenceId = photo.json().get("id").asString();
        JsonNode unit = inspector.get("/api/units").json().valueStream()
                .filter(u -> u.get("code").asString().equals(OWN_UNIT)).findFirst().orElseThrow();
        unitJson = unit.toString();
    }

    /** A PNG signature and random filler: a new photo each time (the content check looks at the signature). */
    static byte[] png() {
        byte[] bytes = new byte[256];
        new Random().nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }

    /** A finding of its own for each review, so that each reviewer call can succeed. */
    private String freshFindingId() {
        Http.Response submitted = new Http(port).as("kiemtra").postJson("/api/submissions",
                SubmissionBuilder.inspectedOn("2022-09-14").unit(OWN_UNIT).compliantBudget()
                        .answer("BUDGET.POSTING.DAYS", 12).toJson());
        return submitted.json().get("findings").get(0).get("id").asString();
    }

    /** {@code ok} for the roles given, 403 for the other accounts, 401 for nobody. */
    static Map<Who, Integer> only(int ok, Who... allowed) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, who == Who.ANONYMOUS ? 401 : 403);
        }
        for (Who who : allowed) {
            expected.put(who, ok);
        }
        return expected;
    }

    static Map<Who, Integer> with(Map<Who, Integer> expected, Who who, int status) {
        expected.put(who, status);
        return expected;
    }

    /** An address the API does not have: sign-in first (401 for nobody), then 404 for every account — never data. */
    static Map<Who, Integer> noSuchCall() {
        Map<Who, Integer> expected = only(404, Who.values());
        expected.put(Who.ANONYMOUS, 401);
        return expected;
    }

    static Map<Who, Integer> everyone(int ok) {
        Map<Who, Integer> expected = only(ok, Who.values());
        expected.put(Who.ANONYMOUS, ok);
        return expected;
    }

    static List<Endpoint> endpoints() {
        Who[] all = {Who.INSPECTOR, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN, Who.UNIT_OTHER};
        return List.of(
                new Endpoint("POST /api/submissions", t -> Call.post("/api/submissions", "application/json",
                        SubmissionBuilder.inspectedOn("2024-05-10").unit(OWN_UNIT).compliantPib().toJson()),
                        only(201, Who.INSPECTOR)),
                new Endpoint("GET /api/submissions/{id}", t -> Call.get("/api/submissions/" + submissionId),
                        with(only(200, READERS), Who.UNIT_OTHER, 404)),
                // The unit adds photos of its remedy to its own submission; another unit's is not found.
                new Endpoint("POST /api/submissions/{id}/evidence", t -> Call.upload("/api/submissions/" + submissionId
                        + "/evidence", Http.multipart().file("file", "anh.png", "image/png", png())),
                        with(only(201, Who.INSPECTOR, Who.UNIT_OWN), Who.UNIT_OTHER, 404)),
                new Endpoint("GET /api/submissions/{id}/evidence", t -> Call.get("/api/submissions/" + submissionId + "/evidence"),
                        with(only(200, READERS), Who.UNIT_OTHER, 404)),
                new Endpoint("GET /api/evidence/{id}", t -> Call.get("/api/evidence/" + evidenceId),
                        with(only(200, READERS), Who.UNIT_OTHER, 404)),
                new Endpoint("GET /api/findings", t -> Call.get("/api/findings?unit=" + OWN_UNIT),
                        only(200, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN, Who.UNIT_OTHER)),
                new Endpoint("POST /api/findings/{id}/review", t -> Call.postJson("/api/findings/" + t.freshFindingId() + "/review",
                        "{\"decision\": \"CONFIRM\", \"version\": 0}"), only(200, Who.REVIEWER)),
                new Endpoint("POST /api/findings/{id}/remediation", t -> Call.postJson("/api/findings/"
                        + UUID.randomUUID() + "/remediation", "{\"note\": \"Đã niêm yết lại\", \"evidence\": [], \"version\": 1}"),
                        only(ALLOWED, Who.UNIT_OWN, Who.UNIT_OTHER)),
                new Endpoint("GET /api/findings/{id}", t -> Call.get("/api/findings/" + findingId),
                        with(only(200, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN), Who.UNIT_OTHER, 404)),
                new Endpoint("GET /api/findings/{id}/audit", t -> Call.get("/api/findings/" + findingId + "/audit"),
                        with(only(200, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN), Who.UNIT_OTHER, 404)),
                new Endpoint("POST /api/findings/{id}/verification", t -> Call.postJson("/api/findings/" + findingId
                        + "/verification", "{\"decision\": \"CLOSE\", \"version\": 0}"), only(ALLOWED, Who.REVIEWER)),
                new Endpoint("POST /api/findings/{id}/follow-up", t -> Call.postJson("/api/findings/" + findingId
                        + "/follow-up", "{\"inspector\": \"kiemtra\", \"dueBy\": \"2099-01-15\"}"), only(ALLOWED, Who.REVIEWER)),
                new Endpoint("GET /api/assignments", t -> Call.get("/api/assignments"),
                        only(200, Who.INSPECTOR, Who.REVIEWER, Who.ADMIN)),
                new Endpoint("GET /api/units/{code}/audit", t -> Call.get("/api/units/" + OWN_UNIT + "/audit"),
                        with(only(200, Who.REVIEWER, Who.NOI_VU, Who.ADMIN, Who.UNIT_OWN), Who.UNIT_OTHER, 404)),
                new Endpoint("GET /api/units", t -> Call.get("/api/units"), only(200, all)),
                new Endpoint("POST /api/units", t -> Call.postJson("/api/units", unitJson), only(200, Who.ADMIN)),
                new Endpoint("GET /api/rules", t -> Call.get("/api/rules"), only(200, all)),
                new Endpoint("GET /api/templates", t -> Call.get("/api/templates"), only(200, all)),
                new Endpoint("GET /api/templates/{name}/{version}", t -> Call.get("/api/templates/COMMUNE-PAPI/1"), only(200, all)),
                new Endpoint("POST /api/admin/rules/reload", t -> Call.post("/api/admin/rules/reload", null, new byte[0]),
                        only(200, Who.ADMIN)),
                new Endpoint("GET /api/scores/cchc", t -> Call.get("/api/scores/cchc?year=2024&level=COMMUNE"),
                        only(200, Who.NOI_VU, Who.REVIEWER, Who.ADMIN)),
                new Endpoint("GET /api/scores/cchc/{unit}", t -> Call.get("/api/scores/cchc/" + OWN_UNIT + "?year=2022"),
                        only(200, Who.NOI_VU, Who.REVIEWER, Who.ADMIN)),
                new Endpoint("GET /api/findings/by-lead-agency", t -> Call.get("/api/findings/by-lead-agency?year=2022"),
                        only(200, Who.NOI_VU, Who.REVIEWER, Who.ADMIN)),
                new Endpoint("GET /api/reports/cchc", t -> Call.get("/api/reports/cchc?year=2022&level=COMMUNE&format=xlsx"),
                        only(200, Who.NOI_VU, Who.REVIEWER, Who.ADMIN)),
                new Endpoint("GET /api/an-endpoint-nobody-listed", t -> Call.get("/api/an-endpoint-nobody-listed"), noSuchCall()),
                new Endpoint("GET /actuator/health", t -> Call.get("/actuator/health"), everyone(200)),
                new Endpoint("GET /v3/api-docs", t -> Call.get("/v3/api-docs"), everyone(200)));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who, endpoint.expected().get(who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsTheTableSays(Endpoint endpoint, Who who, int expected) {
        Call call = endpoint.call().apply(this);
        Http.Response response = call.send(as(who));
        if (expected == ALLOWED) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(expected);
        }
        if (response.status() == 401 || response.status() == 403) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
            assertThat(response.json().get("title").asString()).isIn("Chưa đăng nhập", "Không có quyền");
        }
        if (response.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
    }
}
