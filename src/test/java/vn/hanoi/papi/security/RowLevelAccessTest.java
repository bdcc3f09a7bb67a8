package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/**
 * Row-level access over HTTP: a unit account never receives another unit's data (its submissions and photos are
 * 404, exactly as if they did not exist; the findings list is always its own), an inspector submits only inside
 * its scope, a reviewer cannot submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RowLevelAccessTest {

    static final String VIET_HUNG = "HN-XA-DONG-ANH-VIET-HUNG";      // donvi's commune
    static final String MINH_TRI = "HN-XA-SOC-SON-MINH-TRI";          // donvi2's commune, in Sóc Sơn

    @Value("${local.server.port}")
    int port;

    Http inspector;
    Http socSonInspector;
    Http reviewer;
    Http donvi;
    Http donvi2;

    @BeforeEach
    void clients() {
        Http http = new Http(port);
        inspector = http.as("kiemtra");
        socSonInspector = http.as("kiemtra-socson", "socson-pass");
        reviewer = http.as("thanhtra");
        donvi = http.as("donvi");
        donvi2 = http.as("donvi2");
    }

    private JsonNode submit(Http as, String unit) {
        Http.Response response = as.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14").unit(unit)
                .compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static byte[] png() {
        byte[] bytes = new byte[300];
        new Random().nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }

    private Http.Response upload(Http as, String submissionId) {
        return as.postMultipart("/api/submissions/" + submissionId + "/evidence",
                Http.multipart().file("file", "niem-yet.png", "image/png", png()));
    }

    @Test
    void aUnitReadsItsOwnSubmissionAndAnotherUnitsIsA404IndistinguishableFromAMissingOne() {
        String id = submit(inspector, VIET_HUNG).get("submissionId").asString();
        Http.Response own = donvi.get("/api/submissions/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("unit").asString()).isEqualTo(VIET_HUNG);

        Http.Response other = donvi2.get("/api/submissions/" + id);
        Http.Response missing = donvi2.get("/api/submissions/" + id + "-khong-co");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(VIET_HUNG, "BUDGET-06");
        // Same title, same wording: only the id asked for differs.
        assertThat(other.json().get("title")).isEqualTo(missing.json().get("title"));
        assertThat(other.json().get("detail").asString().replace(id, "ID"))
                .isEqualTo(missing.json().get("detail").asString().replace(id + "-khong-co", "ID"));
    }

    @Test
    void aUnitSeesItsOwnPhotosAndAnotherUnitsPhotosAre404() {
        String id = submit(inspector, VIET_HUNG).get("submissionId").asString();
        String photo = upload(inspector, id).json().get("id").asString();

        assertThat(donvi.get("/api/submissions/" + id + "/evidence").json().findValuesAsString("id")).containsExactly(photo);
        assertThat(donvi.getBytes("/api/evidence/" + photo).status()).isEqualTo(200);

        Http.Response list = donvi2.get("/api/submissions/" + id + "/evidence");
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.body()).doesNotContain(photo);
        Http.Response download = donvi2.get("/api/evidence/" + photo);
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.json().get("detail").asString()).contains(photo).doesNotContain(id, VIET_HUNG);
        // Another unit cannot add photos to it (not found, as it cannot see it); the unit itself may, for its remedy.
        Http.Response foreign = upload(donvi2, id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(VIET_HUNG);
        assertThat(upload(donvi, id).status()).isEqualTo(201);
    }

    @Test
    void aUnitsFindingListIsAlwaysItsOwnWhateverItAsksFor() {
        submit(inspector, VIET_HUNG);
        submit(inspector, MINH_TRI);
        long ownTotal = reviewer.get("/api/findings?unit=" + VIET_HUNG).json().get("totalElements").asLong();
        long allTotal = reviewer.get("/api/findings").json().get("totalElements").asLong();
        assertThat(ownTotal).isPositive().isLessThan(allTotal);

        for (String query : List.of("", "?unit=" + MINH_TRI, "?unit=" + VIET_HUNG, "?unit%5B%24ne%5D=x",
                "?unit=%7B%22%24ne%22%3A%22x%22%7D", "?unit=&size=500", "?ruleId=BUDGET-06&size=500")) {
            Http.Response page = donvi.get("/api/findings" + query);
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(page.json().get("content").findValuesAsString("unit")).as(query).isNotEmpty().containsOnly(VIET_HUNG);
            assertThat(page.body()).as(query).doesNotContain(MINH_TRI);
        }
        assertThat(donvi.get("/api/findings?size=500").json().get("totalElements").asLong()).isEqualTo(ownTotal);
        assertThat(donvi2.get("/api/findings?unit=" + VIET_HUNG).json().get("content").findValuesAsString("unit"))
                .isNotEmpty().containsOnly(MINH_TRI);
    }

    @Test
    void anInspectorSubmitsInsideItsScopeOnlyAndARefusedSubmissionIsNotStored() {
        // Sóc Sơn's inspector: Minh Trí is a commune of Sóc Sơn; Việt Hùng (Đông Anh) is not.
        String inScope = submit(socSonInspector, MINH_TRI).get("submissionId").asString();
        assertThat(upload(socSonInspector, inScope).status()).isEqualTo(201);

        byte[] outside = SubmissionBuilder.inspectedOn("2022-09-14").unit(VIET_HUNG).compliantBudget().toJson();
        Http.Response refused = socSonInspector.postJson("/api/submissions", outside);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Không có quyền");
        assertThat(refused.json().get("detail").asString()).contains(VIET_HUNG, "phạm vi kiểm tra", "kiemtra-socson");
        String refusedId = JsonIds.submissionId(outside);
        assertThat(inspector.get("/api/submissions/" + refusedId).status()).isEqualTo(404);

        // Its photos too: none on another district's inspection.
        String elsewhere = submit(inspector, VIET_HUNG).get("submissionId").asString();
        assertThat(upload(socSonInspector, elsewhere).status()).isEqualTo(403);
        assertThat(inspector.get("/api/submissions/" + elsewhere + "/evidence").json().size()).isZero();
        // An unknown submission is still a 404, for an inspector.
        assertThat(upload(socSonInspector, "khong-co").status()).isEqualTo(404);
    }

    @Test
    void aReviewerCannotSubmitAndNothingIsStored() {
        byte[] submission = SubmissionBuilder.inspectedOn("2022-09-14").unit(VIET_HUNG).compliantBudget().toJson();
        Http.Response refused = reviewer.postJson("/api/submissions", submission);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("thanhtra", "POST /api/submissions");
        assertThat(inspector.get("/api/submissions/" + JsonIds.submissionId(submission)).status()).isEqualTo(404);
    }

    @Test
    void anonymousWrongPasswordAndDisabledAccountsAre401ProblemDetails() {
        Http anonymous = new Http(port);
        Http.Response nobody = anonymous.get("/api/findings");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.header("WWW-Authenticate")).startsWith("Basic realm=\"papi\"");
        assertThat(nobody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nobody.json().get("title").asString()).isEqualTo("Chưa đăng nhập");
        assertThat(nobody.json().get("instance").asString()).isEqualTo("/api/findings");
        assertThat(nobody.body()).doesNotContain("content");

        Http.Response wrong = anonymous.as("thanhtra", "not-demo").get("/api/findings");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("title").asString()).isEqualTo("Đăng nhập không thành công");
        Http.Response unknown = anonymous.as("khong-ai", "demo").get("/api/findings");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
        // The right password of a disabled account: the same answer, nothing tells the account exists.
        Http.Response disabled = anonymous.as("khoa", "khoa-pass").get("/api/units");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().get("detail")).isEqualTo(wrong.json().get("detail"));
        // No session: a signed-in call leaves no cookie to ride on.
        assertThat(reviewer.get("/api/findings").header("Set-Cookie")).isNull();
    }

    /** The submissionId a builder put in its document. */
    static final class JsonIds {
        static String submissionId(byte[] submission) {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(submission).get("submissionId").asString();
        }
    }
}
