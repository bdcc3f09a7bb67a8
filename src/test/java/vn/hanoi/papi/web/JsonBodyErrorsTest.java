package vn.hanoi.papi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Problems.onlyError;
import static vn.hanoi.papi.support.Problems.problem;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;

/**
 * A JSON body that cannot be read — empty, not JSON, or a value of the wrong kind for its field — is a 400 problem
 * detail in Vietnamese whose {@code errors} name the field (its path in the body), what was given and what is
 * expected, like a submission's 400; never Jackson's text with its Java types. Every call here is refused before
 * anything is stored (the finding ids do not even exist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JsonBodyErrorsTest {

    @Value("${local.server.port}")
    int port;

    Http reviewer;
    Http admin;
    String finding;

    @BeforeEach
    void clients() {
        reviewer = new Http(port).as("thanhtra");
        admin = new Http(port).as("admin");
        finding = "/api/findings/" + UUID.randomUUID();
    }

    private JsonNode refused(Http as, String path, String body) {
        JsonNode problem = problem(as.postJson(path, body.getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(problem.get("detail").asString()).endsWith("không có gì được lưu.");
        return problem;
    }

    @Test
    void anEmptyBodyIsNamedSoEverywhere() {
        String[][] calls = {{"kiemtra", "/api/submissions"}, {"thanhtra", finding + "/review"},
                {"donvi", finding + "/remediation"}, {"thanhtra", finding + "/verification"},
                {"thanhtra", finding + "/follow-up"}, {"admin", "/api/units"}};
        for (String[] call : calls) {
            JsonNode problem = refused(new Http(port).as(call[0]), call[1], "");
            assertThat(onlyError(problem, "(JSON)")).as(call[1]).contains("nội dung trống");
        }
        assertThat(onlyError(refused(reviewer, finding + "/review", "  \n"), "(JSON)")).contains("nội dung trống");
    }

    @Test
    void aValueOutsideAnEnumNamesTheAllowedOnes() {
        assertThat(onlyError(refused(reviewer, finding + "/review", "{\"decision\": \"MAYBE\", \"version\": 0}"),
                "decision")).contains("\"MAYBE\"", "CONFIRM, DISMISS");
        assertThat(onlyError(refused(reviewer, finding + "/verification", "{\"decision\": \"X\", \"version\": 0}"),
                "decision")).contains("\"X\"", "CLOSE, REOPEN");
        assertThat(onlyError(refused(admin, "/api/units", "{\"code\": \"HN-XA-T\", \"level\": \"VILLAGE\"}"), "level"))
                .contains("\"VILLAGE\"", "COMMUNE");
    }

    @Test
    void aNumberOrAListOfTheWrongKindIsNamed() {
        assertThat(onlyError(refused(reviewer, finding + "/review", "{\"decision\": \"CONFIRM\", \"version\": \"zero\"}"),
                "version")).isEqualTo("cần một số nguyên (nhận \"zero\")");
        assertThat(onlyError(refused(reviewer, finding + "/review",
                "{\"decision\": \"CONFIRM\", \"version\": 99999999999999999999999}"), "version")).contains("số nguyên");
        assertThat(onlyError(refused(new Http(port).as("donvi"), finding + "/remediation",
                "{\"note\": \"x\", \"evidence\": \"abc\", \"version\": 1}"), "evidence"))
                .isEqualTo("cần một danh sách (mảng JSON) (nhận một chuỗi ký tự)");
        assertThat(onlyError(refused(reviewer, finding + "/review", "[]"), "(JSON)"))
                .startsWith("cần một đối tượng JSON (nhận một danh sách)");
        // Never truncated or converted: a version of 0.9 would otherwise be taken as 0 and the review applied.
        assertThat(onlyError(refused(reviewer, finding + "/review", "{\"decision\": \"CONFIRM\", \"version\": 0.9}"),
                "version")).startsWith("cần một số nguyên");
        assertThat(onlyError(refused(reviewer, finding + "/review", "{\"decision\": \"CONFIRM\", \"version\": \"0\"}"),
                "version")).isEqualTo("cần một số nguyên (nhận \"0\")");
        assertThat(onlyError(refused(new Http(port).as("admin"), "/api/units", """
                {"code": "HN-XA-T", "name": "Xã T", "level": "COMMUNE", "parent": "HN-HUYEN-SOC-SON", "villages": 1.5,
                 "remote": false}"""), "villages")).startsWith("cần một số nguyên");
    }

    @Test
    void aDateThatDoesNotExistOrIsNotADateIsNamed() {
        assertThat(onlyError(refused(reviewer, finding + "/follow-up",
                "{\"inspector\": \"kiemtra\", \"dueBy\": \"2026-02-30\"}"), "dueBy"))
                .isEqualTo("ngày \"2026-02-30\" không tồn tại (dạng YYYY-MM-DD)");
        assertThat(onlyError(refused(reviewer, finding + "/follow-up",
                "{\"inspector\": \"kiemtra\", \"dueBy\": \"30/01/2026\"}"), "dueBy")).contains("YYYY-MM-DD", "30/01/2026");
        assertThat(onlyError(refused(admin, "/api/units", "{\"code\": \"HN-XA-T\", \"mergedOn\": \"2025-02-30\"}"),
                "mergedOn")).contains("không tồn tại");
    }

    @Test
    void aMissingRequiredValueIsMissingAndAListOfUnitsIsNamedByIndex() {
        assertThat(onlyError(refused(admin, "/api/units", "{}"), "villages")).startsWith("thiếu");
        assertThat(onlyError(refused(admin, "/api/units", "{\"villages\": null}"), "villages")).contains("null");
        assertThat(onlyError(refused(admin, "/api/units", "[{\"code\": \"HN-XA-T\", \"villages\": \"ba\"}]"),
                "units[0].villages")).isEqualTo("cần một số nguyên (nhận \"ba\")");
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereAndWhy() {
        String review = finding + "/review";
        assertThat(onlyError(refused(reviewer, review, "{\"decision\": \"CONFIRM\","), "(JSON)"))
                .contains("hết nội dung khi tài liệu JSON chưa kết thúc", "dòng 1, cột");
        assertThat(onlyError(refused(reviewer, review, "{\"decision\": x}"), "(JSON)"))
                .contains("'x'", "dòng 1, cột 14");
        assertThat(onlyError(refused(reviewer, review, "{decision: 1}"), "(JSON)"))
                .contains("ký tự không mong đợi 'd'", "dòng 1, cột 2");
        assertThat(onlyError(refused(reviewer, review, "{\"version\": 0}\n}"), "(JSON)"))
                .contains("'}'", "dòng 2, cột 1");
        assertThat(onlyError(refused(reviewer, review,
                "{\"decision\": \"CONFIRM\", \"decision\": \"DISMISS\", \"version\": 0}"), "(JSON)"))
                .contains("\"decision\" xuất hiện hai lần");
        assertThat(onlyError(refused(admin, "/api/units", "{\"a\": ".repeat(60) + "1" + "}".repeat(60)), "(JSON)"))
                .contains("lồng nhau quá sâu: quá 50 tầng");
    }
}
