package vn.hanoi.papi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Problems.onlyError;
import static vn.hanoi.papi.support.Problems.problem;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.PageSession;

/**
 * Bad requests outside a JSON body — a query string, a parameter out of bounds, a method or media type the call does
 * not take, an unknown template, a path refused by Tomcat or by Spring Security's firewall — are each a problem
 * detail in Vietnamese naming what is wrong (a short Vietnamese page for the web pages), never a 500 or an English
 * framework text. Nothing here is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestErrorsTest {

    @Value("${local.server.port}")
    int port;

    Http admin;

    @BeforeEach
    void clients() {
        admin = new Http(port).as("admin");
    }

    @Test
    void aBadPercentEscapeInAQueryStringIsA400NamingTheParameterNotA500() {
        for (String[] call : new String[][] {{"/api/findings?unit=%ZZ", "unit", "unit=%ZZ"},
                {"/api/scores/cchc?year=2024&level=%ZZ", "level", "level=%ZZ"},
                {"/api/units/HN/audit?size=3&page=%ZZ", "page", "page=%ZZ"},
                {"/api/findings?unit=%FF", "unit", "unit=%FF"}}) {
            JsonNode problem = problem(admin.getRaw(call[0]), 400);
            assertThat(problem.get("type").asString()).isEqualTo("urn:papi:problem:bad-parameter");
            assertThat(onlyError(problem, call[1])).contains("'" + call[2] + "'", "không giải mã được");
            assertThat(problem.get("detail").asString()).startsWith("Tham số '" + call[1] + "'").contains(call[2]);
        }
    }

    @Test
    void aBadPercentEscapeInAPageAddressIsA400PageInVietnamese() {
        PageSession.Page page = PageSession.signIn(port, "thanhtra").getRaw("/phat-hien?unit=%ZZ");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Địa chỉ trang không hợp lệ").doesNotContain("Mã tham chiếu");
    }

    @Test
    void aPageAddressWithAMissingOrBadParameterIsA400PageNamingIt() {
        PageSession.Page noUnit = PageSession.signIn(port, "kiemtra").get("/kiem-tra/phieu");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.body()).contains("tham số “unit” thiếu hoặc không hợp lệ").doesNotContain("Mã tham chiếu");
        PageSession.Page badSeverity = PageSession.signIn(port, "thanhtra").get("/phat-hien?severity=HUGE");
        assertThat(badSeverity.status()).isEqualTo(400);
        assertThat(badSeverity.body()).contains("tham số “severity”");
    }

    @Test
    void aFormsAddressOpenedAgainIsTheVietnamesePageNotJson() {
        PageSession.Page page = PageSession.signIn(port, "thanhtra").get("/phat-hien/" + UUID.randomUUID() + "/xem-xet");
        assertThat(page.status()).isEqualTo(405);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Có lỗi (405)", "chỉ nhận dữ liệu gửi từ biểu mẫu");
    }

    @Test
    void parametersOutOfBoundsAreNamedWithoutTheJavaMethodAndToldInVietnamese() {
        JsonNode page = problem(admin.get("/api/findings?page=-1"), 400);
        assertThat(onlyError(page, "page")).isEqualTo("phải lớn hơn hoặc bằng 0 (nhận -1)");
        assertThat(page.get("detail").asString()).isEqualTo("Tham số 'page' phải lớn hơn hoặc bằng 0 (nhận -1).");
        assertThat(onlyError(problem(admin.get("/api/findings?size=0"), 400), "size"))
                .isEqualTo("phải lớn hơn hoặc bằng 1 (nhận 0)");
        assertThat(onlyError(problem(admin.get("/api/findings?size=100000"), 400), "size"))
                .isEqualTo("phải nhỏ hơn hoặc bằng 500 (nhận 100000)");
        assertThat(onlyError(problem(admin.get("/api/units/HN/audit?page=-1"), 400), "page"))
                .isEqualTo("phải lớn hơn hoặc bằng 0 (nhận -1)");
        JsonNode both = problem(admin.get("/api/findings?page=-2&size=0"), 400);
        assertThat(both.get("errors").findValuesAsString("item")).containsExactly("page", "size");
    }

    @Test
    void theConstraintsOfAUnitAreToldInVietnamese() {
        String unit = """
                {"code": "HN-XA-T", "name": "Xã T", "level": "COMMUNE", "parent": "HN-HUYEN-SOC-SON", "villages": -3,
                 "remote": false}""";
        JsonNode villages = problem(admin.postJson("/api/units", unit.getBytes()), 400);
        assertThat(onlyError(villages, "units[HN-XA-T].villages")).isEqualTo("phải lớn hơn hoặc bằng 0");
        String blankCode = unit.replace("-3", "3").replace("HN-XA-T", "");
        JsonNode blank = problem(admin.postJson("/api/units", blankCode.getBytes()), 400);
        assertThat(blank.get("errors").findValuesAsString("message")).contains("không được để trống");
    }

    @Test
    void aContentTypeTheCallDoesNotReadIsA415NamingWhatItTakes() {
        Http.Response response = new Http(port).as("kiemtra").send("POST", "/api/submissions", "text/plain",
                HttpRequest.BodyPublishers.ofString("x"));
        JsonNode problem = problem(response, 415);
        assertThat(problem.get("detail").asString()).contains("'text/plain'", "application/json");
        assertThat(response.header("Accept")).contains("application/json");
    }

    @Test
    void anAcceptTheCallCannotAnswerIsA406NamingWhatItCan() {
        Http.Response response = admin.send("GET", "/api/findings", null, HttpRequest.BodyPublishers.noBody(),
                "Accept", "application/xml");
        JsonNode problem = problem(response, 406);
        assertThat(problem.get("title").asString()).isEqualTo("Không có định dạng phù hợp");
        assertThat(problem.get("detail").asString()).contains("application/xml", "application/json");
    }

    @Test
    void aMethodTheCallDoesNotTakeIsA405NamingTheOnesItDoesWithAllow() {
        String path = "/api/findings/" + UUID.randomUUID() + "/review";
        Http.Response response = admin.get(path);
        JsonNode problem = problem(response, 405);
        assertThat(problem.get("detail").asString()).contains("GET", path, "POST");
        assertThat(response.header("Allow")).isEqualTo("POST");
    }

    @Test
    void anUnknownTemplateOrVersionIsA404NamingIt() {
        JsonNode name = problem(admin.get("/api/templates/NOPE/1"), 404);
        assertThat(name.get("detail").asString()).contains("NOPE", "phiên bản 1");
        JsonNode version = problem(admin.get("/api/templates/COMMUNE-PAPI/99"), 404);
        assertThat(version.get("detail").asString()).contains("COMMUNE-PAPI", "phiên bản 99");
        assertThat(version.get("type").asString()).isEqualTo("urn:papi:problem:not-found");
    }

    @Test
    void aPathTomcatRefusesIsAProblemDetailForTheApiAndAVietnamesePageOtherwise() {
        JsonNode nul = problem(admin.get("/api/findings/%00"), 400);
        assertThat(nul.get("detail").asString()).contains("%00");
        Http inspector = new Http(port).as("kiemtra");
        JsonNode slash = problem(inspector.postJson("/api/submissions/x%2F..%2Fy", new byte[0]), 400);
        assertThat(slash.get("detail").asString()).contains("%2F");
        // A query Tomcat cannot even read (an unencoded bracket): the path is unknown, the answer the API's.
        problem(admin.get("/api/findings?unit[$ne]=x"), 400);

        Http.Response page = new Http(port).get("/phat-hien/%00");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"vi\"", "Yêu cầu không hợp lệ", "%00").doesNotContain("HTTP Status");
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemDetailForTheApiAndAVietnamesePageOtherwise() {
        JsonNode problem = problem(admin.get("/api/findings/;x=1"), 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:papi:problem:request-rejected");
        assertThat(problem.get("detail").asString()).contains("\";\"");

        Http.Response page = new Http(port).get("/phat-hien;x=1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Yêu cầu bị từ chối").doesNotContain("timestamp");
    }

    @Test
    void onlyARefusedWriteSaysThatNothingWasStored() {
        for (String read : new String[] {"/api/scores/cchc?year=abc&level=COMMUNE",
                "/api/findings/by-lead-agency?year=1"}) {
            JsonNode problem = problem(admin.get(read), 400);
            assertThat(problem.get("detail").asString()).as(read).doesNotContain("lưu");
        }
        String unit = """
                {"code": "HN-XA-T", "name": "Xã T", "level": "COMMUNE", "parent": "HN-HUYEN-SOC-SON", "villages": -3,
                 "remote": false}""";
        JsonNode write = problem(admin.postJson("/api/units", unit.getBytes()), 400);
        assertThat(write.get("detail").asString()).isEqualTo("1 lỗi; không có gì được lưu.");
    }

    @Test
    void anErrorRaisedBeforeAnyControllerIsStillAProblemDetailInVietnamese() {
        // The sign-in filter reads the form, whose escape Tomcat cannot decode: no handler of ours sees it, Boot's
        // error controller answers, in our words.
        HttpRequest.BodyPublisher form = HttpRequest.BodyPublishers.ofString("username=%ZZ&password=x");
        JsonNode problem = problem(admin.anonymous().send("POST", "/login", "application/x-www-form-urlencoded", form,
                "Accept", "application/json"), 400);
        assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(problem.get("detail").asString()).contains("mã hóa sai");
        assertThat(problem.get("instance").asString()).isEqualTo("/login");
        assertThat(problem.has("timestamp")).isFalse();

        Http.Response page = admin.anonymous().send("POST", "/login", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("username=%ZZ&password=x"), "Accept", "text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Có lỗi (400)");
    }

    @Test
    void aCallTheApiDoesNotHaveIsA404Or405NotAForbiddenOne() {
        JsonNode unknown = problem(admin.get("/api/khong-co"), 404);
        assertThat(unknown.get("detail").asString()).isEqualTo("API không có địa chỉ /api/khong-co (các địa chỉ có: /v3/api-docs).");

        Http.Response put = admin.send("PUT", "/api/submissions", "application/json",
                HttpRequest.BodyPublishers.ofString("{}"));
        JsonNode otherMethod = problem(put, 405);
        assertThat(put.header("Allow")).isEqualTo("POST");
        assertThat(otherMethod.get("detail").asString())
                .isEqualTo("Không dùng được phương thức PUT cho /api/submissions; chỉ nhận: POST.");

        // A call that exists but is not the role's stays a 403; so does one outside the rules for anyone signed in.
        Http.Response notTheirs = new Http(port).as("donvi").postJson("/api/units", "[]".getBytes());
        assertThat(problem(notTheirs, 403).get("title").asString()).isEqualTo("Không có quyền");
    }
}
