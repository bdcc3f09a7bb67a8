package vn.hanoi.papi.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/** Units are upserted by code; a merged unit keeps its history but takes no new inspection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class UnitApiTest {

    @Value("${local.server.port}")
    int port;

    /** The admin changes units; the inspector submits; the reviewer reads findings. */
    private Http admin() {
        return new Http(port).as("admin");
    }

    private Http inspector() {
        return new Http(port).as("kiemtra");
    }

    @Test
    void theStoreIsSeededFromTheRegistryFile() {
        Http http = new Http(port).as("donvi");
        var units = http.get("/api/units").json();
        assertThat(units.findValuesAsString("code")).contains("HN", "SO-NOI-VU", "HN-XA-DONG-ANH-VIET-HUNG",
                "HN-PHUONG-HOAN-KIEM");
    }

    @Test
    void aNewUnitCanBeInspectedAtOnceAndAnUpsertReplacesByCode() {
        Http http = admin();
        String unit = """
                {"code": "HN-XA-DONG-ANH-THUY-LAM", "name": "Xã Thụy Lâm", "level": "COMMUNE",
                 "parent": "HN-HUYEN-DONG-ANH", "villages": 9, "remote": false, "cluster": 3}""";
        assertThat(http.postJson("/api/units", unit.getBytes()).status()).isEqualTo(200);
        assertThat(inspector().postJson("/api/submissions", SubmissionBuilder.inspectedOn("2024-05-10")
                .unit("HN-XA-DONG-ANH-THUY-LAM").compliantPib().toJson()).status()).isEqualTo(201);
        assertThat(http.postJson("/api/units", ("[" + unit.replace("\"villages\": 9", "\"villages\": 3") + "]").getBytes())
                .status()).isEqualTo(200);
        var stored = http.get("/api/units").json().valueStream()
                .filter(u -> u.get("code").asString().equals("HN-XA-DONG-ANH-THUY-LAM")).toList();
        assertThat(stored).singleElement().satisfies(u -> assertThat(u.get("villages").asInt()).isEqualTo(3));
    }

    @Test
    void aMergedUnitKeepsItsHistoryButTakesNoInspectionFromTheMergerDay() {
        Http http = admin();
        var before = inspector().postJson("/api/submissions", SubmissionBuilder.inspectedOn("2025-05-20")
                .unit("HN-PHUONG-HOAN-KIEM-HANG-BAC").compliantPib().toJson());
        assertThat(before.status()).isEqualTo(201);
        String merged = """
                {"code": "HN-PHUONG-HOAN-KIEM-HANG-BAC", "name": "Phường Hàng Bạc", "level": "COMMUNE",
                 "parent": "HN-QUAN-HOAN-KIEM", "villages": 4, "remote": false, "cluster": 1,
                 "mergedInto": "HN-PHUONG-HOAN-KIEM", "mergedOn": "2025-07-01"}""";
        assertThat(http.postJson("/api/units", merged.getBytes()).status()).isEqualTo(200);
        var after = inspector().postJson("/api/submissions", SubmissionBuilder.inspectedOn("2025-07-15")
                .unit("HN-PHUONG-HOAN-KIEM-HANG-BAC").compliantPib().toJson());
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.json().get("errors").get(0).get("message").asString()).contains("sáp nhập", "HN-PHUONG-HOAN-KIEM");
        String id = before.json().get("submissionId").asString();
        assertThat(inspector().get("/api/submissions/" + id).status()).isEqualTo(200);
        assertThat(new Http(port).as("thanhtra").get("/api/findings?unit=HN-PHUONG-HOAN-KIEM-HANG-BAC").status()).isEqualTo(200);
    }

    @Test
    void aBadBatchNamesEveryProblemAndChangesNothing() {
        Http http = admin();
        String bad = """
                [{"code": "hn-xa-thuong", "name": "", "level": "COMMUNE", "parent": "HN", "villages": -1, "remote": false}]""";
        String orphanBatch = """
                [{"code": "HN-XA-MO-COI", "name": "Xã Mồ Côi", "level": "COMMUNE", "parent": "HN-HUYEN-KHONG-CO",
                  "villages": 5, "remote": false}]""";
        var response = http.postJson("/api/units", bad.getBytes());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("item"))
                .contains("units[hn-xa-thuong].code", "units[hn-xa-thuong].name", "units[hn-xa-thuong].villages");
        var orphan = http.postJson("/api/units", orphanBatch.getBytes());
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(errors(orphan)).containsExactly(
                "units[HN-XA-MO-COI].parent: đơn vị cấp trên 'HN-HUYEN-KHONG-CO' không có trong danh mục");
        assertThat(http.get("/api/units").json().findValuesAsString("code")).doesNotContain("HN-XA-MO-COI");
        assertThat(http.postJson("/api/units", "{\"code\": \"X\", \"level\": \"PLANET\"}".getBytes()).status()).isEqualTo(400);
    }

    private static final String COMMUNE = """
            {"code": "%s", "name": "Xã thử", "level": "COMMUNE", "parent": "%s", "villages": 5, "remote": false}""";

    private static String commune(String code, String parent) {
        return COMMUNE.formatted(code, parent);
    }

    /** The errors of a 400 as "item: message". */
    private static List<String> errors(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().has("errors")).as(response.body()).isTrue();
        return response.json().get("errors").valueStream()
                .map(e -> e.get("item").asString() + ": " + e.get("message").asString()).toList();
    }

    private List<String> codes() {
        return admin().get("/api/units").json().findValuesAsString("code");
    }

    @Test
    void aUnitInTheWrongPlaceIsRefusedByCodeAndFieldAndItsWholeBatchIsNotStored() {
        String batch = "[" + String.join(",",
                commune("HN-XA-TEST-7", "HN-HUYEN-DONG-ANH"),                  // good, but in a refused batch
                commune("HN-XA-TEST-8", "HN-XA-TEST-8"),
                commune("HN-XA-TEST-9", "HN-XA-DONG-ANH-VIET-HUNG"),
                commune("HN-XA-TEST-10", "HN-HUYEN-KHONG-CO")) + "]";
        Http.Response refused = admin().postJson("/api/units", batch.getBytes(StandardCharsets.UTF_8));
        assertThat(errors(refused)).containsExactlyInAnyOrder(
                "units[HN-XA-TEST-8].parent: đơn vị không thể là cấp trên của chính nó",
                "units[HN-XA-TEST-9].parent: đơn vị cấp COMMUNE chỉ trực thuộc đơn vị cấp DISTRICT hoặc CITY; "
                        + "'HN-XA-DONG-ANH-VIET-HUNG' là đơn vị cấp COMMUNE",
                "units[HN-XA-TEST-10].parent: đơn vị cấp trên 'HN-HUYEN-KHONG-CO' không có trong danh mục");
        assertThat(refused.json().get("title").asString()).isEqualTo("Danh sách đơn vị không hợp lệ");
        assertThat(refused.json().get("detail").asString()).isEqualTo("3 lỗi; không có gì được lưu.");
        assertThat(codes()).doesNotContain("HN-XA-TEST-7", "HN-XA-TEST-8", "HN-XA-TEST-9", "HN-XA-TEST-10");

        // A commune under the city (after the 2025 reorganisation) or under its district is in its place.
        assertThat(admin().postJson("/api/units", ("[" + commune("HN-XA-TEST-7", "HN-HUYEN-DONG-ANH") + ","
                + commune("HN-PHUONG-TEST-7", "HN") + "]").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(codes()).contains("HN-XA-TEST-7", "HN-PHUONG-TEST-7");
    }

    @Test
    void aParentCycleIsRefusedAndSoIsAChangeThatWouldMisplaceStoredUnits() {
        String cycle = """
                [{"code": "HN-HUYEN-TEST-A", "name": "Huyện A", "level": "DISTRICT", "parent": "HN-HUYEN-TEST-B",
                  "villages": 0, "remote": false},
                 {"code": "HN-HUYEN-TEST-B", "name": "Huyện B", "level": "DISTRICT", "parent": "HN-HUYEN-TEST-A",
                  "villages": 0, "remote": false}]""";
        assertThat(errors(admin().postJson("/api/units", cycle.getBytes(StandardCharsets.UTF_8)))).contains(
                "units[HN-HUYEN-TEST-A].parent: các đơn vị cấp trên tạo thành vòng: "
                        + "HN-HUYEN-TEST-A → HN-HUYEN-TEST-B → HN-HUYEN-TEST-A",
                "units[HN-HUYEN-TEST-B].parent: các đơn vị cấp trên tạo thành vòng: "
                        + "HN-HUYEN-TEST-B → HN-HUYEN-TEST-A → HN-HUYEN-TEST-B");
        assertThat(codes()).doesNotContain("HN-HUYEN-TEST-A", "HN-HUYEN-TEST-B");

        // Sóc Sơn made a commune would leave its communes under a commune: refused, naming them.
        String socSon = """
                {"code": "HN-HUYEN-SOC-SON", "name": "Huyện Sóc Sơn", "level": "COMMUNE", "parent": "HN", "villages": 0,
                 "remote": false}""";
        assertThat(errors(admin().postJson("/api/units", socSon.getBytes(StandardCharsets.UTF_8))))
                .contains("units[HN-XA-SOC-SON-MINH-TRI].parent: đơn vị cấp COMMUNE chỉ trực thuộc đơn vị cấp "
                        + "DISTRICT hoặc CITY; 'HN-HUYEN-SOC-SON' là đơn vị cấp COMMUNE");
        assertThat(admin().get("/api/units").json().valueStream()
                .filter(u -> u.get("code").asString().equals("HN-HUYEN-SOC-SON")))
                .singleElement().satisfies(u -> assertThat(u.get("level").asString()).isEqualTo("DISTRICT"));
    }

    @Test
    void aCodeTwiceInOneBatchOrAnEmptyBatchIsRefusedAndNothingIsStored() {
        String twice = "[" + commune("HN-XA-TEST-11", "HN-HUYEN-SOC-SON") + ","
                + commune("HN-XA-TEST-12", "HN-HUYEN-SOC-SON") + ","
                + commune("HN-XA-TEST-11", "HN-HUYEN-DONG-ANH") + "]";
        assertThat(errors(admin().postJson("/api/units", twice.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "units[HN-XA-TEST-11].code: mã bị trùng: có ở các đơn vị thứ 1, 3 của danh sách; "
                        + "mỗi mã chỉ được có một lần");
        assertThat(codes()).doesNotContain("HN-XA-TEST-11", "HN-XA-TEST-12");

        assertThat(errors(admin().postJson("/api/units", "[]".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("units: danh sách đơn vị trống: không có gì để lưu");
    }

    @Test
    void anUnknownFieldIsRefusedByNameAsInASubmission() {
        String misspelt = """
                [{"code": "HN-XA-TEST-13", "name": "Xã thử", "level": "COMMUNE", "parnet": "HN-HUYEN-SOC-SON",
                  "parent": "HN-HUYEN-SOC-SON", "vilages": 5, "villages": 5, "remote": false}]""";
        assertThat(errors(admin().postJson("/api/units", misspelt.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "units[HN-XA-TEST-13].parnet: trường không có trong định dạng đơn vị",
                "units[HN-XA-TEST-13].vilages: trường không có trong định dạng đơn vị");
        assertThat(codes()).doesNotContain("HN-XA-TEST-13");
    }
}
