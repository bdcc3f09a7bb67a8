package vn.hanoi.papi.submissions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.ValidationTexts;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.support.Examples;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.PageSession;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/** The inspection team's pages without a browser: scope, the texts the page checks with, the session calls of the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChecklistPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Test
    void anInspectorIsOfferedOnlyTheUnitsOfItsScopeAndCannotOpenAnotherOnesChecklist() {
        PageSession socSon = PageSession.signIn(port, "kiemtra-socson", "socson-pass");
        PageSession.Page start = socSon.get("/kiem-tra");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.all("<option value=\"([^\"]+)\"")).isNotEmpty().allMatch(code -> code.startsWith("HN-XA-SOC-SON-"));

        assertThat(socSon.get("/kiem-tra/phieu?unit=HN-XA-SOC-SON-MINH-TRI").status()).isEqualTo(200);
        assertThat(socSon.get("/kiem-tra/phieu?unit=HN-XA-BA-VI-MINH-QUANG").status()).isEqualTo(403);
        assertThat(socSon.get("/kiem-tra/phieu?unit=HN-XA-KHONG-CO").status()).isEqualTo(404);
    }

    @Test
    void aFollowUpOrderIsOnTheInspectorsStartPageUntilAFollowUpInspectionOfTheUnitIsStored() {
        String unit = "HN-XA-SOC-SON-NAM-SON";
        String link = "/kiem-tra/phieu?unit=" + unit + "&amp;type=FOLLOW_UP";
        Http reviewer = new Http(port).as("tester");
        Workflow flow = new Workflow(reviewer);
        String finding = flow.bringTo(FindingStatus.CONFIRMED, unit).get("id").asString();
        assertThat(flow.followUp(finding, "kiemtra-socson", "2099-01-31").status()).isEqualTo(201);
        PageSession socSon = PageSession.signIn(port, "kiemtra-socson", "socson-pass");
        assertThat(socSon.get("/kiem-tra").body()).contains(link);

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertThat(reviewer.postJson("/api/submissions", SubmissionBuilder.inspectedOn(today).unit(unit)
                .type("FOLLOW_UP").compliantBudget().toJson()).status()).isEqualTo(201);
        assertThat(socSon.get("/kiem-tra").body()).doesNotContain(link);
    }

    @Test
    void theChecklistPageChecksWithExactlyTheServersTexts() throws Exception {
        PageSession.Page page = PageSession.signIn(port, "kiemtra").get("/kiem-tra/phieu?unit=HN-XA-BA-VI-BA-VI");
        JsonNode data = JSON.readTree(page.all("<script type=\"application/json\" id=\"page-data\">(.*?)</script>").get(0));
        Map<String, String> texts = JSON.convertValue(data.get("texts"),
                JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        assertThat(texts).isEqualTo(ValidationTexts.all());
        assertThat(data.get("template").get("items").size()).isEqualTo(26);
        assertThat(data.get("unit").get("name").asString()).isEqualTo("Xã Ba Vì");
        assertThat(data.get("ui").get("submit").asString()).isEqualTo("Gửi phiếu");
    }

    @Test
    void thePagesCallTheApiWithTheirSessionAndItsCsrfTokenAndWithoutItAreToldToSignInAgain() throws Exception {
        PageSession inspector = PageSession.signIn(port, "kiemtra");
        PageSession.Page page = inspector.get("/kiem-tra/phieu?unit=HN-XA-DONG-ANH-VIET-HUNG");
        String token = page.all("<meta name=\"_csrf\" content=\"([^\"]+)\"").get(0);
        String header = page.all("<meta name=\"_csrf_header\" content=\"([^\"]+)\"").get(0);
        String submission = example();

        PageSession.Page withoutToken = inspector.postJson("/api/submissions", submission);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(JSON.readTree(withoutToken.body()).get("type").asString()).isEqualTo("urn:papi:problem:session-expired");

        PageSession.Page stored = inspector.postJson("/api/submissions", submission, header, token);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(inspector.postJson("/api/submissions", submission, header, token).status()).isEqualTo(200);

        // The result page, for the commune: every finding with its legal basis and deadlines.
        String id = JSON.readTree(submission).get("submissionId").asString();
        PageSession.Page result = inspector.get("/kiem-tra/ket-qua/" + id);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.all("<li class=\"card finding[^\"]*\"[^>]*data-rule=\"([^\"]+)\""))
                .hasSize(JSON.readTree(stored.body()).get("findings").size()).isNotEmpty();

        // A unit's session may not submit, token or not.
        PageSession unit = PageSession.signIn(port, "donvi");
        String unitToken = unit.get("/phat-hien").all("<meta name=\"_csrf\" content=\"([^\"]+)\"").get(0);
        assertThat(unit.postJson("/api/submissions", example(), header, unitToken).status()).isEqualTo(403);
        assertThat(unit.get("/kiem-tra").status()).isEqualTo(403);
    }

    @Test
    void aPagesCallWithoutASessionIsA401WithoutTheBrowsersSignInDialog() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder call = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/submissions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(example()));
        var fromPage = client.send(call.copy().header("X-Requested-With", "XMLHttpRequest").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromPage.statusCode()).isEqualTo(401);
        assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        var fromClient = client.send(call.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromClient.statusCode()).isEqualTo(401);
        assertThat(fromClient.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    /** A script the inspection pages load but the service worker does not keep would break them offline. */
    @Test
    void theServiceWorkerKeepsEveryScriptOfTheInspectionPages() throws Exception {
        String worker = Files.readString(Path.of("src/main/resources/static/js/sw.js"));
        Set<String> kept = new HashSet<>(
                Pattern.compile("'(/js/[a-z-]+\\.js)'").matcher(worker).results().map(m -> m.group(1)).toList());
        try (var scripts = Files.list(Path.of("src/main/resources/static/js"))) {
            assertThat(kept).containsAll(scripts.map(f -> "/js/" + f.getFileName())
                    // the worker itself, and the scripts of the desk pages (never used offline)
                    .filter(name -> !Set.of("/js/sw.js", "/js/dashboard.js", "/js/remedy.js").contains(name))
                    .toList());
        }
    }

    private static String example() {
        return new String(Examples.fresh("2022-viet-hung-scheduled.json"), StandardCharsets.UTF_8);
    }
}
