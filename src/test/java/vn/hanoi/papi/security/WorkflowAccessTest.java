package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Workflow;

/** The workflow calls keep each unit to its own findings and each role to its own moves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowAccessTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void aUnitSeesAndRemediesOnlyItsOwnFindingsAndNeverReviewsThem() {
        Http http = new Http(port);
        Workflow flow = new Workflow(http);
        JsonNode confirmed = flow.bringTo(FindingStatus.CONFIRMED, Workflow.UNIT);
        String id = confirmed.get("id").asString();
        String photo = flow.photo(confirmed.get("submissionId").asString());
        byte[] remedy = Workflow.body("note", "Đã khắc phục", "evidence", List.of(photo), "version", 1);

        Http otherUnit = http.as("donvi");                                   // Việt Hùng's account
        assertThat(otherUnit.get("/api/findings/" + id).status()).isEqualTo(404);
        assertThat(otherUnit.get("/api/findings/" + id + "/audit").status()).isEqualTo(404);
        assertThat(otherUnit.postJson("/api/findings/" + id + "/remediation", remedy).status()).isEqualTo(404);
        assertThat(otherUnit.get("/api/units/" + Workflow.UNIT + "/audit").status()).isEqualTo(404);

        Http ownUnit = http.as("donvi-tanlinh");
        assertThat(ownUnit.get("/api/findings/" + id).status()).isEqualTo(200);
        assertThat(ownUnit.postJson("/api/findings/" + id + "/verification",
                Workflow.body("decision", "CLOSE", "version", 1)).status()).isEqualTo(403);
        assertThat(ownUnit.postJson("/api/findings/" + id + "/remediation", remedy).status()).isEqualTo(200);

        // A reviewer cannot remedy in the unit's place, nor can an inspector review.
        assertThat(http.as("thanhtra").postJson("/api/findings/" + id + "/remediation", remedy).status()).isEqualTo(403);
        assertThat(http.as("kiemtra").postJson("/api/findings/" + id + "/verification",
                Workflow.body("decision", "CLOSE", "version", 2)).status()).isEqualTo(403);
        assertThat(http.get("/api/findings/" + id).status()).isEqualTo(401);
    }

    @Test
    void anInspectorListsOnlyTheAssignmentsGivenToThem() {
        Http http = new Http(port);
        Workflow flow = new Workflow(http);
        String id = flow.bringTo(FindingStatus.CONFIRMED, Workflow.UNIT).get("id").asString();
        // Another inspector account (every unit in its scope: see the test configuration).
        assertThat(flow.followUp(id, "tester", "2099-01-15").status()).isEqualTo(201);
        JsonNode mine = http.as("kiemtra").get("/api/assignments?inspector=tester").json();
        assertThat(mine.findValuesAsString("inspector")).doesNotContain("tester");
        assertThat(http.as("thanhtra").get("/api/assignments?inspector=tester").json().findValuesAsString("inspector"))
                .contains("tester");
        assertThat(http.as("donvi").get("/api/assignments").status()).isEqualTo(403);
    }
}
