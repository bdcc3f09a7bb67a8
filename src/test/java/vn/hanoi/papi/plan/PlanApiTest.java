package vn.hanoi.papi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;

/** The plan tracker over HTTP: the tasks seeded from the fixture, Sở Nội vụ's status changes, PLAN-01's findings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class PlanApiTest {

    @Value("${local.server.port}")
    int port;

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode task(JsonNode tasks, String number) {
        for (JsonNode t : tasks) {
            if (t.get("number").asString().equals(number)) {
                return t;
            }
        }
        throw new AssertionError("no task " + number);
    }

    @Test
    void sở_Nội_vụ_recordsAStatusOnTheVersionItReadAndPlan01FollowsIt() {
        Http noivu = new Http(port).as("noivu");
        JsonNode tasks = noivu.get("/api/plan/tasks").json();
        assertThat(tasks).hasSize(17);
        JsonNode t53 = task(tasks, "5.3");
        assertThat(t53.get("lead").asString()).isEqualTo("SO-TAI-CHINH");
        assertThat(t53.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(t53.get("windowTo").asString()).isEqualTo("2022-06-30");
        long version = t53.get("version").asLong();

        JsonNode before = noivu.get("/api/plan/findings?asOf=2022-07-01").json();
        assertThat(before).hasSize(11);
        assertThat(before.get(4).get("subject").asString()).isEqualTo("PLAN[5.3]");
        assertThat(before.get(4).get("ruleId").asString()).isEqualTo("PLAN-01");
        assertThat(before.get(4).get("unit").asString()).isEqualTo("SO-TAI-CHINH");

        Http.Response done = noivu.postJson("/api/plan/tasks/5.3/status", body(
                "{\"status\":\"DONE\",\"doneOn\":\"2022-06-28\",\"note\":\"Báo cáo số 12/BC-STC\",\"version\":" + version + "}"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("version").asLong()).isEqualTo(version + 1);
        assertThat(done.json().get("updatedBy").asString()).isEqualTo("noivu");

        // The same stale version again: refused, nothing changes.
        Http.Response stale = noivu.postJson("/api/plan/tasks/5.3/status", body(
                "{\"status\":\"IN_PROGRESS\",\"note\":\"x\",\"version\":" + version + "}"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(task(noivu.get("/api/plan/tasks").json(), "5.3").get("status").asString()).isEqualTo("DONE");

        JsonNode after = noivu.get("/api/plan/findings?asOf=2022-07-01").json();
        assertThat(after).hasSize(10);
        assertThat(after.findValuesAsString("subject")).doesNotContain("PLAN[5.3]");

        JsonNode audit = noivu.get("/api/units/SO-TAI-CHINH/audit").json();
        JsonNode event = audit.get("content").get(audit.get("content").size() - 1);
        assertThat(event.get("action").asString()).isEqualTo("PLAN_TASK_STATUS");
        assertThat(event.get("fromStatus").asString()).isEqualTo("NOT_STARTED");
        assertThat(event.get("toStatus").asString()).isEqualTo("DONE");
        assertThat(event.get("actor").asString()).isEqualTo("noivu");
        assertThat(event.get("reference").asString()).isEqualTo("PLAN[5.3]");
    }

    @Test
    void aBadChangeIsRefusedAndOnlySởNộiVụChanges() {
        Http noivu = new Http(port).as("noivu");
        assertThat(noivu.postJson("/api/plan/tasks/2/status", body("{\"status\":\"DONE\",\"version\":0}")).status())
                .isEqualTo(400);
        assertThat(noivu.postJson("/api/plan/tasks/2/status", body("{\"status\":\"DONE\",\"doneOn\":\"2999-01-01\",\"version\":0}"))
                .status()).isEqualTo(400);
        assertThat(noivu.postJson("/api/plan/tasks/2/status", body("{\"status\":\"IN_PROGRESS\"}")).status()).isEqualTo(400);
        for (String[] bad : new String[][] {
                {"{\"status\":\"IN_PROGRESS\",\"version\":-1}", "version", "không âm"},
                {"{\"status\":\"DONE\",\"doneOn\":\"2021-01-01\",\"version\":0}", "doneOn", "13/06/2022"},
                {"{\"status\":\"IN_PROGRESS\",\"version\":0,\"stauts\":1}", "stauts", "không có trong"}}) {
            Http.Response r = noivu.postJson("/api/plan/tasks/2/status", body(bad[0]));
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("item").asString()).isEqualTo(bad[1]);
            assertThat(r.json().get("errors").get(0).get("message").asString()).contains(bad[2]);
        }
        assertThat(noivu.postJson("/api/plan/tasks/42/status", body("{\"status\":\"IN_PROGRESS\",\"version\":0}")).status())
                .isEqualTo(404);
        for (String other : new String[] {"admin", "kiemtra", "thanhtra", "donvi"}) {
            assertThat(new Http(port).as(other).postJson("/api/plan/tasks/2/status",
                    body("{\"status\":\"IN_PROGRESS\",\"version\":0}")).status()).as(other).isEqualTo(403);
        }
        for (String desk : new String[] {"admin", "kiemtra", "thanhtra", "noivu"}) {
            assertThat(new Http(port).as(desk).get("/api/plan/tasks").status()).as(desk).isEqualTo(200);
        }
        assertThat(new Http(port).as("donvi").get("/api/plan/tasks").status()).isEqualTo(403);
        assertThat(new Http(port).anonymous().get("/api/plan/tasks").status()).isEqualTo(401);
    }
}
