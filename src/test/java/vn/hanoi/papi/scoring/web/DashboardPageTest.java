package vn.hanoi.papi.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Workflow.ok;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.reports.PdfReportWriter;
import vn.hanoi.papi.reports.XlsxReportWriter;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * Sở Nội vụ's dashboard page ({@code /tong-hop}) as the browser gets it: signed in with the form (CSRF token,
 * session cookie), the ranking, charts, tables, downloads and plan tracker compared with what the API answers.
 *
 * <p>Its data is a year of its own, 2023, in Xã Uy Nỗ (no other HTTP test inspects either): one BUDGET-06 (MINOR)
 * inspected on 01/03/2023, confirmed and never remedied, so 10 − 0,25 − 0,5 (overdue) = 9,25. The plan's tasks it
 * changes (6 and 8) are changed by no other test of this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

    static final String UY_NO = "HN-XA-DONG-ANH-UY-NO";
    static final String QUERY = "year=2023&level=COMMUNE";
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    void aFindingIn2023() {
        Http tester = new Http(port).as("tester");
        Http.Response r = tester.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2023-03-01").unit(UY_NO)
                .compliantBudgetOf(2023).answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode finding = r.json().get("findings").get(0);
        assertThat(finding.get("ruleId").asString()).isEqualTo("BUDGET-06");
        ok(new Workflow(tester).review(finding.get("id").asString(), "CONFIRM", null, finding.get("version").asLong()));
    }

    /** What a browser does, without one: the sign-in form with its CSRF token, then the session cookie. */
    final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        /** The CSRF token of the last page read (it changes at sign-in). */
        private String csrf;

        Browser signIn(String username) {
            HttpResponse<String> form = get("/login");
            assertThat(form.statusCode()).isEqualTo(200);
            HttpResponse<String> posted = post("/login", Map.of("username", username, "password", Http.DEMO));
            assertThat(posted.statusCode()).as(username).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElseThrow()).as(username).doesNotContain("error");
            return this;
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("name=\"_csrf\"(?: content| value)=\"([^\"]+)\"").matcher(page.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return page;
        }

        /** A form as the page posts it, with the CSRF token of the last page read. */
        HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Follows one redirect, as the browser does after a form. */
        HttpResponse<String> follow(HttpResponse<String> redirect) {
            assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
            URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            return get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
        }

        HttpResponse<byte[]> download(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
            try {
                return client.send(request.build(), body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Browser signedIn(String username) {
        return new Browser().signIn(username);
    }

    /** The page, expected 200. */
    static String page(Browser browser, String path) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** 9.25 → "9,25": the page writes points with two decimals and a Vietnamese comma. */
    static String points(JsonNode score) {
        return new BigDecimal(score.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A ranking row of the page: unit → {rank, name, score, deductions}. */
    static Map<String, List<String>> rankingRows(String html) {
        Matcher m = Pattern.compile("<tr class=\"ranking-row\" data-unit=\"([^\"]+)\">\\s*<td class=\"num\">(\\d+)</td>\\s*"
                + "<td>([^<]*)</td>\\s*<td class=\"num score\">([^<]+)</td>\\s*<td class=\"num count\">(\\d+)</td>").matcher(html);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        while (m.find()) {
            rows.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        return rows;
    }

    /** The HTML of a plan task's row and its form row (up to the next task). */
    static String task(String html, String number) {
        int start = html.indexOf("id=\"task-" + number + "\"");
        assertThat(start).as("task " + number).isPositive();
        int end = html.indexOf("<tr id=\"task-", start + 1);
        return html.substring(start, end < 0 ? html.indexOf("</tbody>", start) : end);
    }

    static String version(String taskHtml) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(taskHtml);
        assertThat(m.find()).as(taskHtml).isTrue();
        return m.group(1);
    }

    @Test
    void theRankingIsTheApisWithEachUnitsDeductions() {
        String html = page(signedIn("noivu"), "/tong-hop?" + QUERY);
        assertThat(html).contains("<html lang=\"vi\"", "Xếp hạng chỉ số CCHC năm 2023 — Cấp xã", "Điểm tối đa 10,00");
        JsonNode ranking = new Http(port).as("noivu").get("/api/scores/cchc?" + QUERY).json();
        Map<String, List<String>> rows = rankingRows(html);
        List<String> apiOrder = ranking.get("rows").valueStream().map(r -> r.get("unit").asString()).toList();
        assertThat(rows.keySet()).containsExactlyElementsOf(apiOrder);
        for (JsonNode r : ranking.get("rows")) {
            assertThat(rows.get(r.get("unit").asString())).as(r.get("unit").asString())
                    .containsExactly(String.valueOf(r.get("rank").asInt()), r.get("name").asString(), points(r.get("score")),
                            String.valueOf(r.get("deductions").size()));
        }
        // Uy Nỗ by hand: the MINOR and its overdue penalty; both lines listed under its row, folded.
        assertThat(rows.get(UY_NO)).containsExactly(String.valueOf(apiOrder.indexOf(UY_NO) + 1), "Xã Uy Nỗ", "9,25", "2");
        int details = html.indexOf("data-details=\"" + UY_NO + "\"");
        assertThat(details).isPositive();
        String lines = html.substring(details, html.indexOf("</details>", details));
        assertThat(lines).contains("<details class=\"more\">", "<summary>Xem các khoản trừ của Xã Uy Nỗ (2)</summary>",
                "BUDGET-06", "BUDGET.POSTING", "sev sev-MINOR", "Nhẹ", "Theo mức độ vi phạm", "Quá hạn khắc phục",
                "MINOR: −0,25", "−0,25", "−0,50", "quá hạn khắc phục: −0,5 (hạn khắc phục ");
        assertThat(html).contains("class=\"active\">Tổng hợp</a>");
    }

    @Test
    void withoutParameters_thisYearsCommunes() {
        String thisYear = String.valueOf(LocalDate.now(HANOI).getYear());
        String html = page(signedIn("noivu"), "/tong-hop");
        assertThat(html).contains("<option value=\"" + thisYear + "\" selected=\"selected\">" + thisYear + "</option>",
                "<option value=\"COMMUNE\" selected=\"selected\">Cấp xã</option>",
                "href=\"/api/reports/cchc?year=" + thisYear + "&amp;level=COMMUNE&amp;format=xlsx\"");
        // A district ranking from 2026 does not exist: said so, and nothing to download.
        String districts = page(signedIn("noivu"), "/tong-hop?year=2026&level=DISTRICT");
        assertThat(districts).contains("role=\"alert\">Từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện, nên năm 2026")
                .doesNotContain("id=\"ranking\"", "/api/reports/cchc");
        // A bad year or level: said so, this year's communes shown.
        assertThat(page(signedIn("noivu"), "/tong-hop?year=hai&level=CITY"))
                .contains("Năm “hai” không hợp lệ (phải từ 2000 đến 2100); đang hiển thị năm nay.",
                        "Cấp đơn vị “CITY” không có xếp hạng; đang hiển thị cấp xã.",
                        "Xếp hạng chỉ số CCHC năm " + thisYear + " — Cấp xã");
    }

    @Test
    void theChartsAndTheirTables_countTheYearsFindingsAsTheApiDoes() {
        Browser noivu = signedIn("noivu");
        String html = page(noivu, "/tong-hop?" + QUERY);
        assertThat(html).contains("<div id=\"chart-papi\" class=\"chart\" data-chart=\"subIndices\" role=\"img\"",
                "<div id=\"chart-agencies\" class=\"chart\" data-chart=\"leadAgencies\" role=\"img\"",
                "aria-label=\"Biểu đồ cột chồng: số phát hiện năm 2023 theo chỉ số thành phần PAPI và mức độ.",
                "<table id=\"table-papi\">", "<table id=\"table-agencies\">");

        JsonNode byLead = new Http(port).as("noivu").get("/api/findings/by-lead-agency?year=2023").json();
        long total = byLead.get("total").asLong();
        assertThat(total).isPositive();
        String block = html.substring(html.indexOf("<script type=\"application/json\" id=\"dashboard-data\">"));
        String json = block.substring(block.indexOf('>') + 1, block.indexOf("</script>"));
        assertThat(json).doesNotContain("<");
        JsonNode data = JSON.readTree(json);
        assertThat(data.get("severities").valueStream().map(s -> s.get("label").asString()).toList())
                .containsExactly("Nghiêm trọng", "Nặng", "Nhẹ", "Khuyến nghị");
        for (String chart : List.of("subIndices", "leadAgencies")) {
            long sum = 0;
            for (var series : data.get(chart).get("series").properties()) {
                for (JsonNode n : series.getValue()) {
                    sum += n.asLong();
                }
            }
            assertThat(sum).as(chart).isEqualTo(total);
        }
        assertThat(data.get("subIndices").get("categories").valueStream().map(JsonNode::asString).toList()).contains("2.3");
        assertThat(data.get("leadAgencies").get("categories").valueStream().map(JsonNode::asString).toList())
                .contains("Sở Tài chính");
        // The same figures in the tables: the budget's sub-index and its lead agency, each with the MINOR counted.
        assertThat(html).contains("<tr data-papi=\"2.3\">", "<td>Công khai thu, chi ngân sách cấp xã</td>",
                "<tr data-agency=\"SO-TAI-CHINH\">", "<th scope=\"row\">Sở Tài chính</th>");
        List<String> totals = all(html.substring(html.indexOf("<table id=\"table-papi\">"), html.indexOf("<table id=\"table-agencies\">")),
                "<td class=\"num total\">(\\d+)</td>");
        assertThat(totals.stream().mapToLong(Long::parseLong).sum()).isEqualTo(total);

        // The scripts are ours and the webjar's, served here (no CDN).
        assertThat(html).contains("<script src=\"/js/dashboard.js\"></script>")
                .doesNotContain("onclick=", "onload=", "https://");
        String echarts = all(html, "<script src=\"([^\"]*echarts[^\"]*)\"></script>").get(0);
        assertThat(noivu.download(echarts).statusCode()).as(echarts).isEqualTo(200);
        assertThat(noivu.download("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(noivu.download("/js/dashboard.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theExportLinks_downloadTheReportsWithThePagesSession() {
        Browser noivu = signedIn("noivu");
        String html = page(noivu, "/tong-hop?" + QUERY);
        String xlsx = all(html, "id=\"export-xlsx\" href=\"([^\"]+)\"").get(0);
        String pdf = all(html, "id=\"export-pdf\" href=\"([^\"]+)\"").get(0);
        assertThat(xlsx).isEqualTo("/api/reports/cchc?year=2023&amp;level=COMMUNE&amp;format=xlsx");
        assertThat(pdf).isEqualTo("/api/reports/cchc?year=2023&amp;level=COMMUNE&amp;format=pdf");

        HttpResponse<byte[]> book = noivu.download(xlsx.replace("&amp;", "&"));
        assertThat(book.statusCode()).isEqualTo(200);
        assertThat(book.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(XlsxReportWriter.CONTENT_TYPE);
        assertThat(new String(book.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        HttpResponse<byte[]> document = noivu.download(pdf.replace("&amp;", "&"));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(PdfReportWriter.CONTENT_TYPE);
        assertThat(new String(document.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void thePlansTasks_withTheLateOnesMarked() {
        String html = page(signedIn("noivu"), "/tong-hop?" + QUERY);
        JsonNode tasks = new Http(port).as("noivu").get("/api/plan/tasks").json();
        assertThat(all(html, "<tr id=\"task-[^\"]+\" data-task=\"([^\"]+)\""))
                .containsExactlyElementsOf(tasks.valueStream().map(t -> t.get("number").asString()).toList())
                .hasSize(17);
        // Task 1: due 30/06/2022, never started: late, said in words as well as by the row's edge.
        String first = task(html, "1");
        assertThat(first).contains("data-status=\"NOT_STARTED\" class=\"late\"", "01/06/2022 – 30/06/2022",
                "Chưa triển khai", "<span class=\"overdue\">Quá hạn</span>", "Thành phố Hà Nội");
        assertThat(task(html, "5.3")).contains("Sở Tài chính");
    }

    @Test
    void sởNộiVụRecordsAStatusThroughThePage_andAStaleFormIsRefused() {
        Browser noivu = signedIn("noivu");
        String before = task(page(noivu, "/tong-hop?" + QUERY), "8");
        assertThat(before).contains("action=\"/tong-hop/ke-hoach/8/trang-thai\"", "name=\"_csrf\"");
        String version = version(before);

        HttpResponse<String> saved = noivu.post("/tong-hop/ke-hoach/8/trang-thai", Map.of("status", "DONE",
                "doneOn", "2022-10-20", "note", "Báo cáo số 25/BC-SNV", "version", version, "year", "2023", "level", "COMMUNE"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .endsWith("/tong-hop?year=2023&level=COMMUNE#ke-hoach");
        String after = noivu.follow(saved).body();
        assertThat(after).contains("<p class=\"notice ok\" role=\"status\">Đã cập nhật nhiệm vụ 8: Đã hoàn thành.</p>");
        String row = task(after, "8");
        // Done within its window (01/10–31/10/2022): no longer late.
        assertThat(row).contains("data-status=\"DONE\">", "Đã hoàn thành", "Hoàn thành ngày 20/10/2022",
                "Báo cáo số 25/BC-SNV", "Cập nhật bởi noivu").doesNotContain("class=\"late\"", "Quá hạn");
        JsonNode stored = new Http(port).as("noivu").get("/api/plan/tasks").json().valueStream()
                .filter(t -> t.get("number").asString().equals("8")).findFirst().orElseThrow();
        assertThat(stored.get("status").asString()).isEqualTo("DONE");
        assertThat(stored.get("doneOn").asString()).isEqualTo("2022-10-20");
        assertThat(stored.get("updatedBy").asString()).isEqualTo("noivu");
        assertThat(stored.get("version").asLong()).isEqualTo(Long.parseLong(version) + 1);
        // The message is shown once.
        assertThat(page(noivu, "/tong-hop?" + QUERY)).doesNotContain("notice ok");

        // The same form again, on the version it was read at: refused in Vietnamese, what was typed kept, nothing changed.
        HttpResponse<String> stale = noivu.post("/tong-hop/ke-hoach/8/trang-thai", Map.of("status", "IN_PROGRESS",
                "doneOn", "", "note", "Đang làm lại", "version", version, "year", "2023", "level", "COMMUNE"));
        String refused = noivu.follow(stale).body();
        assertThat(refused).contains("<div class=\"notice error refusal\" role=\"alert\">",
                "Chưa cập nhật được nhiệm vụ 8:", "Nhiệm vụ vừa được người khác cập nhật nên thay đổi của bạn chưa được lưu.");
        String form = task(refused, "8");
        assertThat(form).contains("data-status=\"DONE\">", "<details class=\"more\" open=\"open\">", ">Đang làm lại</textarea>")
                .containsPattern("value=\"IN_PROGRESS\"\\s+selected=\"selected\"");
        assertThat(version(form)).isEqualTo(String.valueOf(Long.parseLong(version) + 1));
    }

    @Test
    void aBadChangeIsExplainedOnThePage() {
        Browser noivu = signedIn("noivu");
        String version = version(task(page(noivu, "/tong-hop?" + QUERY), "6"));
        String tomorrow = LocalDate.now(HANOI).plusDays(1).toString();
        Map<String, String> cases = Map.of(
                "", "Hãy nhập ngày hoàn thành khi chọn “Đã hoàn thành”.",
                tomorrow, "sau ngày hôm nay.",
                "31/12/2022", "Ngày hoàn thành “31/12/2022” không phải là một ngày hợp lệ.");
        cases.forEach((doneOn, message) -> {
            String html = noivu.follow(noivu.post("/tong-hop/ke-hoach/6/trang-thai", Map.of("status", "DONE",
                    "doneOn", doneOn, "note", "", "version", version))).body();
            assertThat(html).as(doneOn).contains("Chưa cập nhật được nhiệm vụ 6:", message);
            assertThat(task(html, "6")).as(doneOn).contains("data-status=\"NOT_STARTED\"", "open=\"open\"");
        });
        String tooLong = noivu.follow(noivu.post("/tong-hop/ke-hoach/6/trang-thai", Map.of("status", "IN_PROGRESS",
                "note", "x".repeat(2001), "version", version))).body();
        assertThat(tooLong).contains("Ghi chú dài quá 2000 ký tự.");
        assertThat(noivu.post("/tong-hop/ke-hoach/42/trang-thai", Map.of("status", "IN_PROGRESS", "version", "0"))
                .statusCode()).isEqualTo(404);
        assertThat(new Http(port).as("noivu").get("/api/plan/tasks").json().valueStream()
                .filter(t -> t.get("number").asString().equals("6")).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("NOT_STARTED");
    }

    @Test
    void reviewersAndAdminsReadOnly_otherRolesAreTurnedAway() {
        for (String reader : List.of("thanhtra", "admin")) {
            Browser browser = signedIn(reader);
            String html = page(browser, "/tong-hop?" + QUERY);
            assertThat(html).as(reader).contains("id=\"ranking\"", "id=\"chart-papi\"", "id=\"export-pdf\"", "data-task=\"8\"",
                    "Chỉ Sở Nội vụ cập nhật tình trạng nhiệm vụ; tài khoản của bạn chỉ được xem.")
                    .doesNotContain("/trang-thai", "data-task-form", "name=\"status\"");
            // Posting the form anyway: refused by the server, not only hidden.
            assertThat(browser.post("/tong-hop/ke-hoach/6/trang-thai", Map.of("status", "IN_PROGRESS", "version", "0"))
                    .statusCode()).as(reader).isEqualTo(403);
        }
        for (String other : List.of("kiemtra", "donvi")) {
            HttpResponse<String> refused = signedIn(other).get("/tong-hop");
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).as(other).contains("Tài khoản của bạn không được mở trang này.");
        }
        HttpResponse<String> anonymous = new Browser().get("/tong-hop");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
