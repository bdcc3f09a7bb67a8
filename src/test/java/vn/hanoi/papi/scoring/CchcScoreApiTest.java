package vn.hanoi.papi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Workflow.ok;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * CCHC scores over HTTP for a fixture year, 2021, built through the real API in the four communes of Ba Vì (cluster 4):
 * submitted as {@code tester}, reviewed, remedied, closed and reopened with {@link Workflow}. The ranking is checked by
 * hand, and every score of the year is recomputed independently from {@code GET /api/findings}.
 *
 * <p>No other HTTP test inspects these communes in 2021, and all inspections here are before 1/7/2021, more than 365
 * days before the workflow tests' 14/09/2022, so they never make those findings repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CchcScoreApiTest {

    static final String TAN_LINH = "HN-XA-BA-VI-TAN-LINH";
    static final String KHANH_THUONG = "HN-XA-BA-VI-KHANH-THUONG";
    static final String BA_VI = "HN-XA-BA-VI-BA-VI";
    static final String MINH_QUANG = "HN-XA-BA-VI-MINH-QUANG";
    static final String DISTRICT = "HN-HUYEN-BA-VI";
    static final String END_OF_YEAR = "2021-12-31";

    @Value("${local.server.port}")
    int port;

    Http http;
    Workflow flow;
    final Map<String, String> ids = new HashMap<>();

    /** A budget section posted for 12 days only (BUDGET-06, MINOR) of the 2021 budget. */
    static byte[] shortPosting(String unit, String inspectedOn, String type) {
        return SubmissionBuilder.inspectedOn(inspectedOn).unit(unit).type(type).compliantBudgetOf(2021)
                .answer("BUDGET.POSTING.DAYS", 12).toJson();
    }

    JsonNode submit(String unit, String inspectedOn, String type) {
        Http.Response r = http.postJson("/api/submissions", shortPosting(unit, inspectedOn, type));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("findings").size()).as(r.body()).isEqualTo(1);
        return r.json().get("findings").get(0);
    }

    JsonNode confirm(JsonNode f) {
        return ok(flow.review(f.get("id").asString(), "CONFIRM", null, f.get("version").asLong()));
    }

    @BeforeAll
    void aYearOfFindings() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
        // Tản Lĩnh: a MINOR confirmed, remedied and closed (today, long after its deadline); then the same violation
        // again within 365 days: a repeat, MAJOR, confirmed.
        JsonNode a = confirm(submit(TAN_LINH, "2021-03-01", "SCHEDULED"));
        JsonNode aClosed = ok(flow.verification(a.get("id").asString(), "CLOSE", null, flow.remedy(a).get("version").asLong()));
        assertThat(aClosed.get("status").asString()).isEqualTo("CLOSED");
        ids.put("a", a.get("id").asString());
        JsonNode b = submit(TAN_LINH, "2021-04-01", "SCHEDULED");
        assertThat(b.get("repeat").asBoolean()).isTrue();
        assertThat(b.get("severity").asString()).isEqualTo("MAJOR");
        ids.put("b", confirm(b).get("id").asString());
        // Khánh Thượng: a MINOR confirmed and never remedied; a follow-up after its deadline finds it again:
        // FOLLOWUP-01, CRITICAL, confirmed, remedied and reopened.
        JsonNode c = confirm(submit(KHANH_THUONG, "2021-03-01", "SCHEDULED"));
        ids.put("c", c.get("id").asString());
        JsonNode d = submit(KHANH_THUONG, "2021-05-04", "FOLLOW_UP");
        assertThat(d.get("ruleId").asString()).isEqualTo("FOLLOWUP-01");
        assertThat(d.get("severity").asString()).isEqualTo("CRITICAL");
        JsonNode dConfirmed = confirm(d);
        ok(flow.verification(d.get("id").asString(), "REOPEN", "Chưa niêm yết tại nhà văn hoá thôn",
                flow.remedy(dConfirmed).get("version").asLong()));
        ids.put("d", d.get("id").asString());
        // Ba Vì: one dismissed, one left OPEN: nothing counts. Minh Quang: no inspection at all.
        JsonNode e = submit(BA_VI, "2021-03-01", "SCHEDULED");
        ok(flow.review(e.get("id").asString(), "DISMISS", "Biên bản ghi nhầm", 0));
        JsonNode f = submit(BA_VI, "2021-04-01", "SCHEDULED");
        assertThat(f.get("repeat").asBoolean()).isFalse();
    }

    JsonNode ranking(String query) {
        Http.Response r = new Http(port).as("noivu").get("/api/scores/cchc?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static BigDecimal dec(JsonNode n) {
        return new BigDecimal(n.asString().isEmpty() ? n.toString() : n.asString()).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    Map<String, JsonNode> rowsByUnit(JsonNode ranking) {
        Map<String, JsonNode> rows = new TreeMap<>();
        ranking.get("rows").forEach(r -> rows.put(r.get("unit").asString(), r));
        return rows;
    }

    @Test
    void theBaViCluster_byHand() {
        JsonNode ranking = ranking("year=2021&level=COMMUNE&cluster=4&asOf=" + END_OF_YEAR);
        assertThat(ranking.get("year").asInt()).isEqualTo(2021);
        assertThat(ranking.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(ranking.get("asOf").asString()).isEqualTo(END_OF_YEAR);
        assertThat(dec(ranking.get("maximum"))).isEqualTo(dec("10.00"));
        JsonNode rows = ranking.get("rows");
        // Ba Vì and Minh Quang: 10 (nothing counted). Khánh Thượng: MINOR 0.25 + overdue 0.5 + CRITICAL 2 + overdue 0.5
        // = 3.25 → 6.75. Tản Lĩnh: MINOR 0.25 + overdue 0.5 (closed today, after its deadline) + MAJOR repeat 1 × 2
        // + overdue 0.5 = 3.25 → 6.75. Ties share a rank; then by code.
        assertThat(rows.valueStream().map(r -> r.get("unit").asString()).toList())
                .containsExactly(BA_VI, MINH_QUANG, KHANH_THUONG, TAN_LINH);
        assertThat(rows.valueStream().map(r -> r.get("rank").asInt()).toList()).containsExactly(1, 1, 3, 3);
        assertThat(rows.valueStream().map(r -> dec(r.get("score"))).toList())
                .containsExactly(dec("10.00"), dec("10.00"), dec("6.75"), dec("6.75"));
        assertThat(rows.valueStream().map(r -> r.get("cluster").asInt()).distinct().toList()).containsExactly(4);
        assertThat(rows.get(0).get("name").asString()).isNotBlank();

        JsonNode tanLinh = rows.get(3);
        List<String> reasons = tanLinh.get("deductions").valueStream().map(d -> d.get("reason").asString()).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).isEqualTo("MINOR: −0,25"))
                .anySatisfy(r -> assertThat(r).isEqualTo("MAJOR: −1; tái phạm: ×2 → −2"))
                // closed today, years after the day scored: as of 31/12/2021 it was not closed yet
                .anySatisfy(r -> assertThat(r).isEqualTo("quá hạn khắc phục: −0,5 (hạn khắc phục 29/03/2021, chưa đóng đến "
                        + "ngày 31/12/2021)"));
        assertThat(tanLinh.get("deductions").valueStream().map(d -> d.get("findingId").asString()).distinct().toList())
                .containsExactlyInAnyOrder(ids.get("a"), ids.get("b"));
        JsonNode line = tanLinh.get("deductions").get(0);
        assertThat(line.get("ruleId").asString()).isEqualTo("BUDGET-06");
        assertThat(line.has("subject") && line.has("severity") && line.has("repeat") && line.has("amount")).isTrue();
    }

    @Test
    void beforeTheDeadlines_noOverduePenalty() {
        Map<String, JsonNode> rows = rowsByUnit(ranking("year=2021&level=COMMUNE&cluster=4&asOf=2021-03-02"));
        assertThat(dec(rows.get(TAN_LINH).get("score"))).isEqualTo(dec("7.75"));          // 10 − 0.25 − 2
        assertThat(dec(rows.get(KHANH_THUONG).get("score"))).isEqualTo(dec("7.75"));      // 10 − 0.25 − 2
    }

    @Test
    void oneUnit_withItsLines() {
        Http.Response r = new Http(port).as("noivu").get("/api/scores/cchc/" + TAN_LINH + "?year=2021&asOf=" + END_OF_YEAR);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(dec(r.json().get("score"))).isEqualTo(dec("6.75"));
        assertThat(dec(r.json().get("deducted"))).isEqualTo(dec("3.25"));
        assertThat(r.json().get("deductions").size()).isEqualTo(4);
        Http.Response unknown = new Http(port).as("noivu").get("/api/scores/cchc/HN-XA-KHONG-CO?year=2021");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:papi:problem:not-found");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("Không có đơn vị mã HN-XA-KHONG-CO trong danh mục đơn vị.");
        // Another year: nothing there.
        assertThat(dec(new Http(port).as("noivu").get("/api/scores/cchc/" + TAN_LINH + "?year=2020").json().get("score")))
                .isEqualTo(dec("10.00"));
    }

    @Test
    void theClosingDayIsStoredWithTheClose() {
        JsonNode a = flow.current(ids.get("a"));
        assertThat(a.get("closedOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        assertThat(flow.current(ids.get("b")).get("closedOn").isNull()).isTrue();
    }

    /** Every finding inspected in 2021, read page by page as any desk user sees them. */
    List<JsonNode> findingsOf2021() {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = new Http(port).as("noivu").get("/api/findings?from=2021-01-01&to=2021-12-31&size=500&page=" + page).json();
            p.get("content").forEach(all::add);
            if (all.size() >= p.get("totalElements").asLong() || p.get("content").isEmpty()) {
                return all;
            }
        }
    }

    /** The spec's formula, written again here from the findings' JSON. */
    static BigDecimal recompute(List<JsonNode> findings, String unit, LocalDate asOf) {
        Map<String, BigDecimal> deduction = Map.of("CRITICAL", dec("2"), "MAJOR", dec("1"), "MINOR", dec("0.25"),
                "ADVISORY", dec("0"));
        Set<String> counted = Set.of("CONFIRMED", "REMEDIATION_SUBMITTED", "CLOSED", "REOPENED");
        BigDecimal score = dec("10");
        for (JsonNode f : findings) {
            if (!f.get("unit").asString().equals(unit) || !counted.contains(f.get("status").asString())) {
                continue;
            }
            BigDecimal d = deduction.get(f.get("severity").asString());
            score = score.subtract(f.get("repeat").asBoolean() ? d.multiply(dec("2")) : d);
            JsonNode due = f.get("remediationDue");
            if (due != null && !due.isNull() && LocalDate.parse(due.asString()).isBefore(asOf)) {
                LocalDate dueOn = LocalDate.parse(due.asString());
                JsonNode closedOn = f.get("closedOn");
                boolean closedInTime = f.get("status").asString().equals("CLOSED") && closedOn != null && !closedOn.isNull()
                        && !LocalDate.parse(closedOn.asString()).isAfter(dueOn);
                if (!closedInTime) {
                    score = score.subtract(dec("0.5"));
                }
            }
        }
        return score.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-02", "2021-06-30", END_OF_YEAR})
    void everyScoreOfTheYear_recomputedFromTheFindings(String asOf) {
        List<JsonNode> findings = findingsOf2021();
        JsonNode ranking = ranking("year=2021&level=COMMUNE&asOf=" + asOf);
        Set<String> listed = new HashSet<>();
        BigDecimal previous = null;
        for (JsonNode row : ranking.get("rows")) {
            String unit = row.get("unit").asString();
            listed.add(unit);
            BigDecimal score = dec(row.get("score"));
            assertThat(score).as(unit).isEqualTo(recompute(findings, unit, LocalDate.parse(asOf)));
            // The lines add up to the score, and name exactly the unit's counted findings.
            BigDecimal lines = row.get("deductions").valueStream().map(d -> dec(d.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(dec("10").subtract(lines).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)).as(unit).isEqualTo(score);
            assertThat(row.get("deductions").valueStream().map(d -> d.get("findingId").asString()).distinct().sorted().toList())
                    .as(unit).isEqualTo(findings.stream().filter(f -> f.get("unit").asString().equals(unit))
                            .filter(f -> Set.of("CONFIRMED", "REMEDIATION_SUBMITTED", "CLOSED", "REOPENED")
                                    .contains(f.get("status").asString()))
                            .map(f -> f.get("id").asString()).sorted().toList());
            if (previous != null) {
                assertThat(score).isLessThanOrEqualTo(previous);
            }
            previous = score;
        }
        // Every commune under a district in 2021 is listed; the ward directly under the city (from 1/7/2025) is not.
        List<String> communes = new Http(port).as("noivu").get("/api/units").json().valueStream()
                .filter(u -> u.get("level").asString().equals("COMMUNE"))
                .filter(u -> !u.get("parent").asString().equals("HN"))
                .map(u -> u.get("code").asString()).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(communes);
        // Every unit with counted findings in 2021 is among them.
        findings.stream().filter(f -> Set.of("CONFIRMED", "REMEDIATION_SUBMITTED", "CLOSED", "REOPENED")
                .contains(f.get("status").asString())).forEach(f -> assertThat(listed).contains(f.get("unit").asString()));
    }

    @Test
    void districtsBefore2025_theMeanOfTheirCommunes() {
        JsonNode communes = ranking("year=2021&level=COMMUNE&asOf=" + END_OF_YEAR);
        Map<String, BigDecimal> communeScore = new HashMap<>();
        communes.get("rows").forEach(r -> communeScore.put(r.get("unit").asString(), dec(r.get("score"))));
        JsonNode districts = ranking("year=2021&level=DISTRICT&asOf=" + END_OF_YEAR);
        Map<String, JsonNode> rows = rowsByUnit(districts);
        assertThat(rows).containsOnlyKeys("HN-HUYEN-DONG-ANH", "HN-HUYEN-SOC-SON", DISTRICT, "HN-QUAN-HOAN-KIEM");
        // Ba Vì: (10 + 10 + 6.75 + 6.75) / 4 = 8.375 → 8.38.
        assertThat(dec(rows.get(DISTRICT).get("score"))).isEqualTo(dec("8.38"));
        assertThat(rows.get(DISTRICT).get("communes").valueStream().map(c -> c.get("unit").asString()).toList())
                .containsExactlyInAnyOrder(TAN_LINH, KHANH_THUONG, BA_VI, MINH_QUANG);
        for (JsonNode row : districts.get("rows")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode c : row.get("communes")) {
                assertThat(dec(c.get("score"))).isEqualTo(communeScore.get(c.get("unit").asString()));
                sum = sum.add(dec(c.get("score")));
            }
            assertThat(dec(row.get("score"))).isEqualTo(sum.divide(BigDecimal.valueOf(row.get("communes").size()), 2,
                    RoundingMode.HALF_UP));
        }
        // 2025: the districts existed until 30/6/2025, so Sở Nội vụ still gets their aggregate for that year.
        assertThat(ranking("year=2025&level=DISTRICT").get("rows").size()).isEqualTo(4);
        assertThat(ranking("year=2023&level=DEPARTMENT").get("rows").size()).isEqualTo(14);
    }

    @Test
    void badRequestsAre400WithAVietnameseMessage() {
        Http noivu = new Http(port).as("noivu");
        Http.Response districts2026 = noivu.get("/api/scores/cchc?year=2026&level=DISTRICT");
        assertThat(districts2026.status()).isEqualTo(400);
        assertThat(districts2026.body()).contains("01/07/2025", "cấp huyện");
        for (String query : List.of("level=COMMUNE", "year=&level=COMMUNE", "year=abc&level=COMMUNE", "year=1899&level=COMMUNE",
                "year=2024", "year=2024&level=XA", "year=2024&level=CITY", "year=2024&level=COMMUNE&asOf=31/12/2024",
                "year=2024&level=COMMUNE&cluster=mot", "year=2024&level=COMMUNE&cluster=0", "year=2024&level=COMMUNE&cluster=-1")) {
            Http.Response r = noivu.get("/api/scores/cchc?" + query);
            assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
        }
        assertThat(noivu.get("/api/scores/cchc?level=COMMUNE").body()).contains("Thiếu năm");
        assertThat(noivu.get("/api/scores/cchc?year=2024&level=XA").body()).contains("COMMUNE, DISTRICT hoặc DEPARTMENT");
        assertThat(noivu.get("/api/scores/cchc/" + TAN_LINH).status()).isEqualTo(400);
        assertThat(noivu.get("/api/findings/by-lead-agency").status()).isEqualTo(400);
        assertThat(noivu.get("/api/scores/cchc?year=2024&level=commune").status()).isEqualTo(200);
    }

    @Test
    void whoMayRead() {
        for (String path : List.of("/api/scores/cchc?year=2021&level=COMMUNE", "/api/scores/cchc/" + TAN_LINH + "?year=2021",
                "/api/findings/by-lead-agency?year=2021")) {
            assertThat(new Http(port).as("noivu").get(path).status()).as(path).isEqualTo(200);
            assertThat(new Http(port).as("thanhtra").get(path).status()).as(path).isEqualTo(200);
            assertThat(new Http(port).as("admin").get(path).status()).as(path).isEqualTo(200);
            assertThat(new Http(port).as("donvi").get(path).status()).as(path).isEqualTo(403);
            assertThat(new Http(port).as("donvi-tanlinh").get(path).status()).as(path).isEqualTo(403);
            assertThat(new Http(port).as("kiemtra").get(path).status()).as(path).isEqualTo(403);
            assertThat(new Http(port).anonymous().get(path).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void byLeadAgency_countsEveryFindingOfTheYearOnce() {
        List<JsonNode> findings = findingsOf2021();
        Http.Response r = new Http(port).as("noivu").get("/api/findings/by-lead-agency?year=2021");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("total").asLong()).isEqualTo(findings.size());
        Map<String, Long> expected = new TreeMap<>();
        findings.forEach(f -> expected.merge(f.get("papi").asString() + "|" + f.get("leadAgency").asString() + "|"
                + f.get("severity").asString() + "|" + f.get("status").asString(), 1L, Long::sum));
        Map<String, Long> answered = new TreeMap<>();
        for (JsonNode g : body.get("groups")) {
            String key = g.get("papi").asString() + "|" + g.get("leadAgency").asString();
            long total = 0;
            for (var s : g.get("bySeverity").properties()) {
                total += s.getValue().asLong();
            }
            assertThat(total).isEqualTo(g.get("total").asLong());
            // bySeverity × byStatus is not given per pair, so compare the marginals with the findings.
            for (var s : g.get("byStatus").properties()) {
                long n = findings.stream().filter(f -> (f.get("papi").asString() + "|" + f.get("leadAgency").asString()).equals(key))
                        .filter(f -> f.get("status").asString().equals(s.getKey())).count();
                assertThat(s.getValue().asLong()).as(key + " " + s.getKey()).isEqualTo(n);
            }
            for (var s : g.get("bySeverity").properties()) {
                long n = findings.stream().filter(f -> (f.get("papi").asString() + "|" + f.get("leadAgency").asString()).equals(key))
                        .filter(f -> f.get("severity").asString().equals(s.getKey())).count();
                assertThat(s.getValue().asLong()).as(key + " " + s.getKey()).isEqualTo(n);
                if (n > 0) {
                    answered.merge(key, n, Long::sum);
                }
            }
        }
        assertThat(answered.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(findings.size());
        JsonNode budget = body.get("groups").valueStream().filter(g -> g.get("papi").asString().equals("2.3")).findFirst().orElseThrow();
        assertThat(budget.get("leadAgency").asString()).isEqualTo("SO-TAI-CHINH");
        assertThat(budget.get("leadAgencyName").asString()).isEqualTo("Sở Tài chính");
        // Only one lead agency's view.
        JsonNode one = new Http(port).as("noivu").get("/api/findings/by-lead-agency?year=2021&leadAgency=SO-TAI-CHINH").json();
        assertThat(one.get("groups").valueStream().map(g -> g.get("leadAgency").asString()).distinct().toList())
                .containsExactly("SO-TAI-CHINH");
    }
}
