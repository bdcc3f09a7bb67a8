package vn.hanoi.papi.findings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.PageSession;
import vn.hanoi.papi.support.PageSession.Page;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * The findings pages over HTTP, signed in with the login form and a session as a browser is: the list's filters,
 * the reviewer's moves (with a missing reason and a stale version), a unit's own findings only, a remedy with a
 * photo uploaded in the same form, and the roles kept out.
 *
 * <p>The findings are made through the API at units no other test of the shared context uses (Uy Nỗ, Lý Thái Tổ),
 * or, for the unit accounts, at Việt Hùng and Minh Trí on a day after every other test's inspection there, so
 * that confirming one never makes another test's finding a repeat (the history rules look back, never forward).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingPagesTest {

    static final String UY_NO = "HN-XA-DONG-ANH-UY-NO";                       // Đông Anh
    static final String LY_THAI_TO = "HN-PHUONG-HOAN-KIEM-LY-THAI-TO";        // Hoàn Kiếm
    static final String VIET_HUNG = "HN-XA-DONG-ANH-VIET-HUNG";               // donvi's commune
    static final String MINH_TRI = "HN-XA-SOC-SON-MINH-TRI";                  // donvi2's commune
    static final String UNITS_DAY = "2026-08-03";

    /** A real 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Value("${local.server.port}")
    int port;

    Http api;

    @BeforeEach
    void client() {
        api = new Http(port).as("tester");                // inspector, reviewer, Nội vụ and admin in one account
    }

    /** A fresh submission with exactly one finding, BUDGET-06 (posted 12 days): OPEN. */
    private JsonNode finding(String unit, String inspectedOn) {
        int year = Integer.parseInt(inspectedOn.substring(0, 4));
        Http.Response r = api.postJson("/api/submissions", SubmissionBuilder.inspectedOn(inspectedOn).unit(unit)
                .compliantBudgetOf(year).answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("findings").size()).as(r.body()).isEqualTo(1);
        return r.json().get("findings").get(0);
    }

    private JsonNode current(String id) {
        return Workflow.ok(api.get("/api/findings/" + id));
    }

    private JsonNode review(String id, String decision, String reason, long version) {
        return Workflow.ok(api.postJson("/api/findings/" + id + "/review",
                Workflow.body("decision", decision, "reason", reason, "version", version)));
    }

    private static String id(JsonNode finding) {
        return finding.get("id").asString();
    }

    /** The ids of the findings listed, in order. */
    private static List<String> rows(Page list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.all("<tr[^>]*id=\"finding-([0-9a-f-]+)\"");
    }

    @Test
    void theListFiltersByDistrictSeverityStatusAndOverdue() {
        JsonNode first = finding(UY_NO, "2022-09-14");
        JsonNode dismissed = finding(UY_NO, "2022-09-14");
        review(id(first), "CONFIRM", null, 0);
        review(id(dismissed), "DISMISS", "Biên bản ghi nhầm", 0);
        JsonNode repeat = finding(UY_NO, "2022-10-14");                 // the same rule again: one step up
        assertThat(repeat.get("severity").asString()).isEqualTo("MAJOR");
        assertThat(repeat.get("repeat").asBoolean()).isTrue();
        JsonNode hoanKiem = finding(LY_THAI_TO, "2022-09-14");
        PageSession reviewer = PageSession.signIn(port, "thanhtra");

        Page all = reviewer.get("/phat-hien?unit=" + UY_NO);
        assertThat(rows(all)).containsExactlyInAnyOrder(id(repeat), id(first), id(dismissed))
                .first().isEqualTo(id(repeat));                                       // newest inspection first
        assertThat(all.has("findings-table")).isTrue();
        assertThat(all.has("filter-unit")).isTrue();
        assertThat(all.text("findings-count")).contains("3");
        // Each row: severity badge with its word, rule, unit name, subject, status label, deadline, overdue flag.
        String repeatRow = all.all("(<tr[^>]*id=\"finding-" + id(repeat) + "\".*?</tr>)").get(0);
        assertThat(repeatRow).contains("class=\"sev sev-MAJOR\"", ">Nặng<", "BUDGET-06", "Xã Uy Nỗ", "Chờ xem xét",
                "class=\"overdue\"", "href=\"/phat-hien/" + id(repeat) + "\"");
        assertThat(repeatRow).containsPattern(">\\d{2}/\\d{2}/2022<");

        // A district: its communes' findings, none of another district's.
        String period = "&from=2022-09-14&to=2022-10-14&ruleId=budget-06";
        List<String> dongAnh = rows(reviewer.get("/phat-hien?district=HN-HUYEN-DONG-ANH" + period));
        assertThat(dongAnh).contains(id(repeat), id(first), id(dismissed)).doesNotContain(id(hoanKiem));
        List<String> hoanKiemRows = rows(reviewer.get("/phat-hien?district=HN-QUAN-HOAN-KIEM" + period));
        assertThat(hoanKiemRows).contains(id(hoanKiem)).doesNotContain(id(first), id(repeat), id(dismissed));

        Page major = reviewer.get("/phat-hien?district=HN-HUYEN-DONG-ANH&severity=MAJOR" + period);
        assertThat(rows(major)).contains(id(repeat)).doesNotContain(id(first), id(dismissed));
        assertThat(major.all("class=\"sev (sev-\\w+)\"")).containsOnly("sev-MAJOR");
        assertThat(major.body()).contains("<option value=\"MAJOR\" selected=\"selected\">");   // the form keeps it

        assertThat(rows(reviewer.get("/phat-hien?unit=" + UY_NO + "&status=DISMISSED"))).containsExactly(id(dismissed));
        assertThat(rows(reviewer.get("/phat-hien?unit=" + UY_NO + "&status=CONFIRMED"))).containsExactly(id(first));

        Page overdue = reviewer.get("/phat-hien?unit=" + UY_NO + "&overdue=true");
        assertThat(rows(overdue)).containsExactlyInAnyOrder(id(repeat), id(first));          // a dismissed finding is never overdue
        assertThat(overdue.body()).contains("id=\"filter-overdue\" name=\"overdue\" type=\"checkbox\" value=\"true\" checked=\"checked\"");

        Page none = reviewer.get("/phat-hien?unit=" + UY_NO + "&status=CLOSED");
        assertThat(rows(none)).isEmpty();
        assertThat(none.has("findings-empty")).isTrue();
    }

    @Test
    void aReviewerConfirmsAFindingAndItsHistoryShowsWhoDidItAndWhen() {
        String id = id(finding(LY_THAI_TO, "2022-09-14"));
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        Page page = reviewer.get("/phat-hien/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.has("confirm-button")).isTrue();
        assertThat(page.has("dismiss-reason")).isTrue();
        assertThat(page.has("dismiss-button")).isTrue();
        assertThat(page.has("remediation-button")).isFalse();
        assertThat(page.has("close-button")).isFalse();
        assertThat(page.text("finding-status")).isEqualTo("Chờ xem xét");
        assertThat(page.text("finding-legal-deadline")).isEqualTo("—");                // BUDGET-06 has none
        assertThat(page.text("finding-remediation-due")).startsWith("12/10/2022");
        assertThat(page.body()).contains("<dl class=\"facts\" id=\"finding-facts\">", "postingDays");
        assertThat(page.has("audit-table")).isFalse();                                   // nothing happened yet

        Page posted = reviewer.postForm("/phat-hien/" + id + "/xem-xet", page.csrf(),
                "decision", "CONFIRM", "version", "0");
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/phat-hien/" + id);

        Page after = reviewer.get("/phat-hien/" + id);
        assertThat(after.text("flash")).contains("Đã xác nhận phát hiện");
        assertThat(after.text("finding-status")).isEqualTo("Đã xác nhận");
        assertThat(after.has("confirm-button")).isFalse();
        String line = after.all("(<tr class=\"audit-line\" data-action=\"REVIEW_CONFIRM\">.*?</tr>)").get(0);
        assertThat(line).contains("thanhtra", "Xác nhận phát hiện", "Chờ xem xét", "Đã xác nhận")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(reviewer.get("/phat-hien/" + id).has("flash")).isFalse();             // said once
        JsonNode stored = current(id);
        assertThat(stored.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(stored.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aDismissalWithoutAReasonIsRefusedNextToTheFormAndChangesNothing() {
        String id = id(finding(LY_THAI_TO, "2022-09-14"));
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        String csrf = reviewer.get("/phat-hien/" + id).csrf();

        Page refused = reviewer.postForm("/phat-hien/" + id + "/xem-xet", csrf, "decision", "DISMISS", "reason", "  ",
                "version", "0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("dismiss-error")).contains("Bác bỏ phát hiện phải nêu lý do");
        assertThat(refused.has("confirm-button")).isTrue();                           // still open, still decidable
        assertThat(refused.has("flash")).isFalse();

        // What was typed stays in the form when it is refused (here: too long).
        String typed = "Ghi nhầm <b>đơn vị</b> " + "x".repeat(4000);
        Page tooLong = reviewer.postForm("/phat-hien/" + id + "/xem-xet", csrf, "decision", "DISMISS", "reason", typed,
                "version", "0");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("dismiss-error")).contains("4000");
        assertThat(tooLong.text("dismiss-reason")).isEqualTo(typed);

        JsonNode stored = current(id);
        assertThat(stored.get("status").asString()).isEqualTo("OPEN");
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(Workflow.ok(api.get("/api/findings/" + id + "/audit")).size()).isZero();
    }

    @Test
    void aStaleVersionIsExplainedAndThePageShowsTheFindingAsItIsNow() {
        String id = id(finding(LY_THAI_TO, "2022-09-14"));
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        Page seen = reviewer.get("/phat-hien/" + id);                 // version 0, open
        review(id, "CONFIRM", null, 0);                               // someone else ('tester') confirms it meanwhile

        Page conflict = reviewer.postForm("/phat-hien/" + id + "/xem-xet", seen.csrf(), "decision", "DISMISS",
                "reason", "Biên bản ghi nhầm", "version", "0");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("conflict")).contains("vừa được người khác thay đổi", "Đã xác nhận", "tester",
                "Trang đã được tải lại với trạng thái mới");
        assertThat(conflict.text("finding-status")).isEqualTo("Đã xác nhận");
        assertThat(conflict.has("dismiss-button")).isFalse();         // no longer a choice
        assertThat(conflict.text("conflict-typed")).contains("chưa được lưu", "Biên bản ghi nhầm");   // not lost
        assertThat(current(id).get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aUnitSeesOnlyItsOwnFindingsAndAnotherUnitsFindingIsNotFound() {
        String own = id(finding(VIET_HUNG, UNITS_DAY));
        String other = id(finding(MINH_TRI, UNITS_DAY));
        PageSession donvi = PageSession.signIn(port, "donvi");

        for (String query : List.of("?from=" + UNITS_DAY, "?from=" + UNITS_DAY + "&unit=" + MINH_TRI,
                "?from=" + UNITS_DAY + "&district=HN-HUYEN-SOC-SON")) {
            Page list = donvi.get("/phat-hien" + query);
            assertThat(rows(list)).as(query).contains(own).doesNotContain(other);
            assertThat(list.body()).as(query).doesNotContain("Xã Minh Trí");
            assertThat(list.has("filter-unit")).isFalse();                       // no choice of unit…
            assertThat(list.has("filter-district")).isFalse();
            assertThat(list.text("filter-own-unit")).isEqualTo("Xã Việt Hùng");  // …its own, fixed
        }

        Page foreign = donvi.get("/phat-hien/" + other);
        Page missing = donvi.get("/phat-hien/" + UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("BUDGET-06", "Minh Trí");
        assertThat(donvi.get("/phat-hien/" + own).status()).isEqualTo(200);

        // Nor can it act on another unit's finding, or act as a reviewer on its own.
        String csrf = donvi.get("/phat-hien/" + own).csrf();
        assertThat(donvi.postMultipart("/phat-hien/" + other + "/khac-phuc", csrf, Http.multipart()
                .field("note", "Đã niêm yết").field("version", "0").file("photos", "anh.png", "image/png", PNG))
                .status()).isEqualTo(404);
        assertThat(donvi.postForm("/phat-hien/" + own + "/xem-xet", csrf, "decision", "DISMISS", "reason", "Không đúng",
                "version", "0").status()).isEqualTo(403);
        assertThat(current(own).get("status").asString()).isEqualTo("OPEN");
        assertThat(current(other).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aUnitReportsItsRemedyWithAPhotoInTheSameFormAndTheReviewerClosesIt() {
        JsonNode created = finding(VIET_HUNG, UNITS_DAY);
        String id = id(created);
        String submissionId = created.get("submissionId").asString();
        review(id, "CONFIRM", null, 0);
        PageSession donvi = PageSession.signIn(port, "donvi");

        Page page = donvi.get("/phat-hien/" + id);
        assertThat(page.has("remediation-button")).isTrue();
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "id=\"remediation-photos\" name=\"photos\" type=\"file\" accept=\"image/*\" multiple");
        assertThat(page.has("confirm-button")).isFalse();
        assertThat(page.has("close-button")).isFalse();

        // Without a photo: refused, the note kept, nothing stored.
        Page refused = donvi.postMultipart("/phat-hien/" + id + "/khac-phuc", page.csrf(), Http.multipart()
                .field("note", "Đã niêm yết lại tại nhà văn hoá").field("version", "1")
                .file("photos", "", "application/octet-stream", new byte[0]));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("remediation-error")).contains("ít nhất một ảnh");
        assertThat(refused.text("remediation-note")).isEqualTo("Đã niêm yết lại tại nhà văn hoá");
        assertThat(api.get("/api/submissions/" + submissionId + "/evidence").json().size()).isZero();
        // A good photo with a file that is no image: refused as a whole, the good one is not stored either.
        Page notAnImage = donvi.postMultipart("/phat-hien/" + id + "/khac-phuc", page.csrf(), Http.multipart()
                .field("note", "Đã niêm yết lại tại nhà văn hoá").field("version", "1")
                .file("photos", "niem-yet.png", "image/png", PNG)
                .file("photos", "bien-ban.png", "image/png", "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(notAnImage.status()).isEqualTo(415);
        assertThat(notAnImage.text("remediation-error")).contains("bien-ban.png", "không phải là ảnh");
        assertThat(api.get("/api/submissions/" + submissionId + "/evidence").json().size()).isZero();
        assertThat(current(id).get("status").asString()).isEqualTo("CONFIRMED");
        // A photo over the upload limit is refused before any page code runs: the error page, 413, nothing stored.
        byte[] huge = new byte[12 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        Page tooLarge = donvi.postMultipart("/phat-hien/" + id + "/khac-phuc", page.csrf(), Http.multipart()
                .field("note", "Đã niêm yết lại").field("version", "1").file("photos", "rat-lon.png", "image/png", huge));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("text/html");
        assertThat(tooLarge.body()).contains("Tệp gửi lên quá lớn", "mỗi ảnh tối đa 10MB");
        assertThat(api.get("/api/submissions/" + submissionId + "/evidence").json().size()).isZero();

        Page posted = donvi.postMultipart("/phat-hien/" + id + "/khac-phuc", page.csrf(), Http.multipart()
                .field("note", "Đã niêm yết lại tại nhà văn hoá").field("version", "1")
                .file("photos", "niem-yet.png", "image/png", PNG));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        Page after = donvi.get("/phat-hien/" + id);
        assertThat(after.text("flash")).contains("Đã gửi báo cáo khắc phục");
        assertThat(after.text("finding-status")).isEqualTo("Đã báo cáo khắc phục");
        assertThat(after.has("remediation-button")).isFalse();
        assertThat(after.text("remediation-note-text")).isEqualTo("Đã niêm yết lại tại nhà văn hoá");

        JsonNode stored = current(id);
        assertThat(stored.get("status").asString()).isEqualTo("REMEDIATION_SUBMITTED");
        String photo = stored.get("remediation").get("evidence").get(0).asString();
        assertThat(after.body()).contains("<img src=\"/api/evidence/" + photo + "\"");
        assertThat(api.get("/api/submissions/" + submissionId + "/evidence").json().findValuesAsString("id"))
                .containsExactly(photo);
        assertThat(api.getBytes("/api/evidence/" + photo).body()).isEqualTo(PNG);

        // The reviewer checks it: reopening needs a reason, closing does not.
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        Page check = reviewer.get("/phat-hien/" + id);
        assertThat(check.has("close-button")).isTrue();
        assertThat(check.has("reopen-reason")).isTrue();
        assertThat(reviewer.postForm("/phat-hien/" + id + "/xac-minh", check.csrf(), "decision", "REOPEN",
                "version", "2").text("reopen-error")).contains("Mở lại phát hiện phải nêu lý do");
        Page closed = reviewer.postForm("/phat-hien/" + id + "/xac-minh", check.csrf(), "decision", "CLOSE",
                "version", "2");
        assertThat(closed.status()).isEqualTo(302);
        assertThat(reviewer.get("/phat-hien/" + id).text("finding-status")).isEqualTo("Đã đóng");
        assertThat(current(id).get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void theRolesWithoutFindingsPagesAreKeptOutAndReadersCannotAct() {
        assertThat(PageSession.signIn(port, "kiemtra").get("/phat-hien").status()).isEqualTo(403);
        assertThat(new Http(port).get("/phat-hien").status()).isEqualTo(302);            // not signed in: to /login

        String id = id(finding(LY_THAI_TO, "2022-09-14"));
        PageSession noivu = PageSession.signIn(port, "noivu");
        Page page = noivu.get("/phat-hien/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.has("finding-actions")).isFalse();
        assertThat(noivu.postForm("/phat-hien/" + id + "/xem-xet", page.csrf(), "decision", "CONFIRM", "version", "0")
                .status()).isEqualTo(403);
        assertThat(PageSession.signIn(port, "thanhtra").get("/phat-hien/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void daysTheWrongWayRoundAreSaidNextToTheFiltersAndAPagePastTheLastGoesToTheLast() {
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        PageSession.Page wrongWay = reviewer.get("/phat-hien?from=2024-05-01&to=2024-01-01");
        assertThat(wrongWay.status()).isEqualTo(200);
        assertThat(wrongWay.text("filter-error")).isEqualTo("“Từ ngày” (01/05/2024) sau “Đến ngày” (01/01/2024): "
                + "không phát hiện nào khớp. Hãy đổi lại hai ngày.");
        assertThat(reviewer.get("/phat-hien?from=2024-01-01&to=2024-05-01").has("filter-error")).isFalse();

        PageSession.Page past = reviewer.get("/phat-hien?ruleId=KHONG-CO&page=99999");
        assertThat(past.status()).isEqualTo(302);
        assertThat(past.location()).endsWith("/phat-hien?ruleId=KHONG-CO");         // no finding: one page, the first
    }

    @Test
    void aFormWithAStaleTokenSendsBackToSignInSayingTheSessionEnded() {
        PageSession reviewer = PageSession.signIn(port, "thanhtra");
        Page stale = reviewer.postForm("/phat-hien/" + java.util.UUID.randomUUID() + "/xem-xet", "token-cua-phien-cu",
                "decision", "DISMISS", "reason", "Ghi nhầm");
        assertThat(stale.status()).isEqualTo(302);
        assertThat(stale.location()).endsWith("/login?expired");
        assertThat(PageSession.signIn(port, "thanhtra").get("/login?expired").body())
                .contains("Phiên làm việc đã hết hạn (hoặc biểu mẫu đã cũ)");
    }
}
