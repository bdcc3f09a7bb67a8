package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/** A reviewer orders a follow-up inspection: an assignment of type FOLLOW_UP to an inspector. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpOrderTest {

    @Value("${local.server.port}")
    int port;

    Http http;
    Workflow flow;
    /** An inspector of this test only, so the assignment lists are this test's. */
    String inspector;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
        inspector = "nguyen.thi.b-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode assignments(String who) {
        Http.Response r = http.get("/api/assignments?inspector=" + who);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void anOrderCreatesOneAssignmentAndOneAuditEventAndTheSameOrderAgainGivesTheSameOne() {
        JsonNode f = flow.bringTo(FindingStatus.CONFIRMED);
        String id = f.get("id").asString();
        Http.Response created = flow.followUp(id, inspector, "2099-03-31");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("type").asString()).isEqualTo("FOLLOW_UP");
        assertThat(order.get("status").asString()).isEqualTo("ORDERED");
        assertThat(order.get("unit").asString()).isEqualTo(Workflow.UNIT);
        assertThat(order.get("inspector").asString()).isEqualTo(inspector);
        assertThat(order.get("dueBy").asString()).isEqualTo("2099-03-31");
        assertThat(order.get("findingIds")).extracting(JsonNode::asString).containsExactly(id);
        assertThat(order.get("createdAt").asString()).isNotBlank();

        Http.Response again = flow.followUp(id, inspector, "2099-03-31");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(order.get("id").asString());
        assertThat(assignments(inspector)).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo(order.get("id").asString()));

        JsonNode trail = flow.audit(id);
        assertThat(trail).filteredOn(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("reference").asString()).isEqualTo(order.get("id").asString());
                    assertThat(e.get("reason").asString()).contains(inspector, "31/03/2099");
                    assertThat(e.get("fromStatus").asString()).isEqualTo("CONFIRMED");
                });
        // An order is not a change of the review: a reviewer's version still holds.
        assertThat(flow.current(id).get("version").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FindingStatus.class)
    void onlyConfirmedReopenedOrRemediatedFindingsCanBeFollowedUp(FindingStatus state) {
        JsonNode f = flow.bringTo(state);
        Http.Response r = flow.followUp(f.get("id").asString(), inspector, "2099-01-15");
        boolean allowed = state == FindingStatus.CONFIRMED || state == FindingStatus.REOPENED
                || state == FindingStatus.REMEDIATION_SUBMITTED;
        if (allowed) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(assignments(inspector)).hasSize(1);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("trạng thái " + state.name());
            assertThat(assignments(inspector)).isEmpty();
            assertThat(flow.audit(f.get("id").asString()))
                    .noneMatch(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED"));
        }
    }

    @Test
    void anInspectorsAssignmentsAreListedByDueDate() {
        String later = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();
        String sooner = flow.bringTo(FindingStatus.REOPENED).get("id").asString();
        assertThat(flow.followUp(later, inspector, "2099-06-30").status()).isEqualTo(201);
        assertThat(flow.followUp(sooner, inspector, "2099-02-01").status()).isEqualTo(201);
        assertThat(assignments(inspector)).extracting(a -> a.get("findingIds").get(0).asString())
                .containsExactly(sooner, later);
        assertThat(assignments("nobody-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void anOrderNeedsAnInspectorAndADueDayNotInThePast() {
        String id = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();
        assertThat(flow.followUp(id, null, "2099-01-15").status()).isEqualTo(400);
        assertThat(flow.followUp(id, "  ", "2099-01-15").status()).isEqualTo(400);
        assertThat(flow.followUp(id, inspector, null).status()).isEqualTo(400);
        assertThat(flow.followUp(id, inspector, "15/01/2099").status()).isEqualTo(400);
        Http.Response past = flow.followUp(id, inspector, "2020-01-01");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("01/01/2020");
        assertThat(assignments(inspector)).isEmpty();
        assertThat(flow.followUp(UUID.randomUUID().toString(), inspector, "2099-01-15").status()).isEqualTo(404);
    }

    @Test
    void aFollowUpInspectionOfTheUnitDoesItsOrdersGivenUpToItsDay() {
        String unit = "HN-XA-SOC-SON-TIEN-DUOC";      // a unit of this test only: the orders of the others stay out
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        String finding = flow.bringTo(FindingStatus.CONFIRMED, unit).get("id").asString();
        String orderId = flow.followUp(finding, inspector, "2099-03-31").json().get("id").asString();
        String otherInspector = inspector + "-2";
        assertThat(flow.followUp(finding, otherInspector, "2099-04-30").status()).isEqualTo(201);

        // Neither a scheduled inspection nor a follow-up dated before the order does it.
        assertThat(http.postJson("/api/submissions", SubmissionBuilder.inspectedOn(today).unit(unit).compliantBudget()
                .toJson()).status()).isEqualTo(201);
        assertThat(http.postJson("/api/submissions", SubmissionBuilder.inspectedOn(yesterday).unit(unit)
                .type("FOLLOW_UP").compliantBudget().toJson()).status()).isEqualTo(201);
        assertThat(assignments(inspector)).singleElement().satisfies(a -> {
            assertThat(a.get("status").asString()).isEqualTo("ORDERED");
            assertThat(a.get("completedBy").isNull()).isTrue();
        });

        byte[] followUp = SubmissionBuilder.inspectedOn(today).unit(unit).type("FOLLOW_UP").compliantBudget().toJson();
        Http.Response done = http.postJson("/api/submissions", followUp);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        String submissionId = done.json().get("submissionId").asString();
        for (String who : new String[] {inspector, otherInspector}) {
            assertThat(assignments(who)).singleElement().satisfies(a -> {
                assertThat(a.get("status").asString()).isEqualTo("DONE");
                assertThat(a.get("completedBy").asString()).isEqualTo(submissionId);
                assertThat(a.get("completedAt").asString()).isNotBlank();
            });
        }
        String completedAt = assignments(inspector).get(0).get("completedAt").asString();
        assertThat(http.postJson("/api/submissions", followUp).status()).isEqualTo(200);     // sent again: unchanged
        assertThat(assignments(inspector).get(0).get("completedAt").asString()).isEqualTo(completedAt);
        assertThat(assignments(inspector).get(0).get("id").asString()).isEqualTo(orderId);

        // An order given after that inspection was stored waits for the next one, even when it is sent again.
        assertThat(flow.followUp(finding, inspector, "2099-05-31").status()).isEqualTo(201);
        assertThat(http.postJson("/api/submissions", followUp).status()).isEqualTo(200);
        assertThat(assignments(inspector)).extracting(a -> a.get("status").asString()).containsExactly("DONE", "ORDERED");
    }
}
