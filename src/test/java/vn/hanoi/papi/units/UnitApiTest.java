package vn.hanoi.papi.units;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(orphan.json().get("detail").asString()).contains("HN-HUYEN-KHONG-CO");
        assertThat(http.get("/api/units").json().findValuesAsString("code")).doesNotContain("HN-XA-MO-COI");
        assertThat(http.postJson("/api/units", "{\"code\": \"X\", \"level\": \"PLANET\"}".getBytes()).status()).isEqualTo(400);
    }
}
