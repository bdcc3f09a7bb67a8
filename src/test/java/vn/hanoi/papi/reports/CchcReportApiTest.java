package vn.hanoi.papi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Workflow.ok;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * The yearly CCHC report over HTTP, for a year of its own: 2020 in the wards of Hoàn Kiếm, inspected as
 * {@code tester} (no other HTTP test inspects anything in 2020, and these inspections are more than 365 days before
 * any other test's in these wards, so they make no repeats elsewhere). Hàng Trống: a MINOR confirmed and left overdue
 * (10 − 0,25 − 0,5 = 9,25); Tràng Tiền: the same, then a repeat (MAJOR ×2) confirmed and overdue (6,75); Hàng Bạc:
 * a finding left OPEN (10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CchcReportApiTest {

    static final String HANG_TRONG = "HN-PHUONG-HOAN-KIEM-HANG-TRONG";
    static final String TRANG_TIEN = "HN-PHUONG-HOAN-KIEM-TRANG-TIEN";
    static final String HANG_BAC = "HN-PHUONG-HOAN-KIEM-HANG-BAC";
    static final String QUERY = "year=2020&level=COMMUNE&asOf=2020-12-31";

    @Value("${local.server.port}")
    int port;

    Http http;
    Workflow flow;

    /** A budget section posted for 12 days only (BUDGET-06, MINOR) of the 2020 budget. */
    static byte[] shortPosting(String unit, String inspectedOn) {
        return SubmissionBuilder.inspectedOn(inspectedOn).unit(unit).type("SCHEDULED").compliantBudgetOf(2020)
                .answer("BUDGET.POSTING.DAYS", 12).toJson();
    }

    JsonNode submit(String unit, String inspectedOn) {
        Http.Response r = http.postJson("/api/submissions", shortPosting(unit, inspectedOn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("findings").size()).as(r.body()).isEqualTo(1);
        return r.json().get("findings").get(0);
    }

    void confirm(JsonNode f) {
        ok(flow.review(f.get("id").asString(), "CONFIRM", null, f.get("version").asLong()));
    }

    @BeforeAll
    void aYearOfFindings() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
        confirm(submit(HANG_TRONG, "2020-03-02"));
        confirm(submit(TRANG_TIEN, "2020-03-02"));
        JsonNode repeat = submit(TRANG_TIEN, "2020-04-01");
        assertThat(repeat.get("repeat").asBoolean()).isTrue();
        confirm(repeat);
        submit(HANG_BAC, "2020-03-02");
    }

    Http.BinaryResponse download(String who, String query) {
        return new Http(port).as(who).getBytes("/api/reports/cchc?" + query);
    }

    @Test
    void theXlsx_hasTheRankingOfTheApi() throws IOException {
        Http.BinaryResponse r = download("noivu", QUERY + "&format=xlsx");
        assertThat(r.status()).as(new String(r.body())).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo(XlsxReportWriter.CONTENT_TYPE);
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-cchc-2020.xlsx\"");
        JsonNode ranking = new Http(port).as("noivu").get("/api/scores/cchc?" + QUERY).json();
        List<String> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        ranking.get("rows").forEach(row -> {
            units.add(row.get("unit").asString());
            names.add(row.get("name").asString());
            scores.add(new BigDecimal(row.get("score").toString()).doubleValue());
        });
        try (Workbook book = XlsxReportWriterTest.open(r.body())) {
            XlsxReportWriterTest.checkRanking(book.getSheet("Xếp hạng"), units, names, scores);
            Sheet ranked = book.getSheet("Xếp hạng");
            assertThat(score(ranked, TRANG_TIEN)).isEqualTo(6.75);
            assertThat(score(ranked, HANG_TRONG)).isEqualTo(9.25);
            assertThat(score(ranked, HANG_BAC)).isEqualTo(10.0);
            assertThat(XlsxReportWriterTest.column(ranked, 2)).contains("Phường Tràng Tiền", "Phường Hàng Trống");

            Sheet lines = book.getSheet("Điểm trừ");
            assertThat(lines.getLastRowNum()).isEqualTo(6);             // Hàng Trống 2 lines, Tràng Tiền 4
            assertThat(XlsxReportWriterTest.column(lines, 0)).containsOnly(HANG_TRONG, TRANG_TIEN);
            assertThat(XlsxReportWriterTest.column(lines, 8)).contains("MINOR: −0,25", "MAJOR: −1; tái phạm: ×2 → −2")
                    .anySatisfy(reason -> assertThat(reason).startsWith("quá hạn khắc phục: −0,5 (hạn khắc phục ")
                            .endsWith("chưa đóng đến ngày 31/12/2020)"));

            JsonNode byLead = new Http(port).as("noivu").get("/api/findings/by-lead-agency?year=2020").json();
            Sheet papi = book.getSheet("Theo chỉ số PAPI");
            double total = 0;
            for (Row row : papi) {
                total += row.getRowNum() > 0 ? row.getCell(3).getNumericCellValue() : 0;
            }
            assertThat((long) total).isEqualTo(byLead.get("total").asLong()).isGreaterThanOrEqualTo(4);
            assertThat(XlsxReportWriterTest.column(papi, 0)).contains("2.3");
            assertThat(XlsxReportWriterTest.column(book.getSheet("Theo cơ quan chủ trì"), 1)).contains("Sở Tài chính");
        }
    }

    static double score(Sheet ranking, String unit) {
        for (Row row : ranking) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(unit)) {
                return row.getCell(4).getNumericCellValue();
            }
        }
        throw new AssertionError(unit + " is not ranked");
    }

    @Test
    void thePdf_withTheUnitsScoresAndVietnameseText() throws IOException {
        Http.BinaryResponse r = download("noivu", QUERY + "&format=pdf");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-cchc-2020.pdf\"");
        String text = PdfReportWriterTest.text(r.body());
        assertThat(text).contains("Báo cáo chỉ số CCHC năm 2020 — kết quả kiểm tra thực hiện Kế hoạch 164/KH-UBND",
                "tính đến ngày 31/12/2020", "Phường Tràng Tiền", "Phường Hàng Trống", "Phường Hàng Bạc", "6,75", "9,25",
                "quá hạn khắc phục", "tái phạm", "Sở Tài chính", "Trang 1/");
        assertThat(PdfReportWriterTest.embeddedFonts(r.body())).anySatisfy(name -> assertThat(name).contains("DejaVuSans"));
    }

    @Test
    void aDistrictReport_andOtherReaders() throws IOException {
        Http.BinaryResponse r = download("thanhtra", "year=2020&level=DISTRICT&asOf=2020-12-31&format=pdf");
        assertThat(r.status()).isEqualTo(200);
        // Hoàn Kiếm: the mean of its four wards (9,25 + 6,75 + 10 + 10) / 4 = 9,00; the lines are its wards'.
        assertThat(PdfReportWriterTest.text(r.body())).contains("Xếp hạng cấp huyện", "Quận Hoàn Kiếm", "9,00",
                "Phường Tràng Tiền (" + TRANG_TIEN + ")");
        assertThat(download("admin", QUERY + "&format=XLSX").status()).isEqualTo(200);
    }

    @Test
    void badParametersAre400() {
        for (String query : List.of("year=2020&level=COMMUNE", "year=2020&level=COMMUNE&format=docx",
                "level=COMMUNE&format=pdf", "year=abc&level=COMMUNE&format=pdf", "year=2020&level=XA&format=pdf",
                "year=2020&format=xlsx", "year=2026&level=DISTRICT&format=xlsx", "year=2020&level=CITY&format=pdf",
                "year=2020&level=COMMUNE&format=pdf&asOf=31/12/2020")) {
            Http.Response r = new Http(port).as("noivu").get("/api/reports/cchc?" + query);
            assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
        }
        assertThat(new Http(port).as("noivu").get("/api/reports/cchc?year=2020&level=COMMUNE&format=docx").body())
                .contains("xlsx hoặc pdf");
        assertThat(new Http(port).as("noivu").get("/api/reports/cchc?year=2026&level=DISTRICT&format=xlsx").body())
                .contains("cấp huyện");
    }

    @Test
    void unitsAndInspectorsMayNotDownload() {
        String path = "/api/reports/cchc?" + QUERY + "&format=xlsx";
        assertThat(new Http(port).as("donvi").get(path).status()).isEqualTo(403);
        assertThat(new Http(port).as("donvi2").get(path).status()).isEqualTo(403);
        assertThat(new Http(port).as("kiemtra").get(path).status()).isEqualTo(403);
        assertThat(new Http(port).anonymous().get(path).status()).isEqualTo(401);
    }
}
