package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.security.UserAccount;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.Workflow;

/**
 * A reviewer orders a follow-up inspection: an assignment of type FOLLOW_UP to an inspector account whose scope
 * covers the finding's unit, one open order per finding. The inspectors are accounts other tests give orders to as
 * well, so each test looks only at the assignments of its own findings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpOrderTest {

    /** The demo inspector: its scope is every unit. */
    static final String INSPECTOR = "kiemtra";
    /** Another account with the INSPECTOR role and every unit in its scope (see the test configuration). */
    static final String OTHER_INSPECTOR = "tester";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    Http http;
    Workflow flow;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
    }

    /** The inspector's assignments for these findings only, in the order the list gives them. */
    private List<JsonNode> assignments(String who, String... findingIds) {
        Http.Response r = http.get("/api/assignments?inspector=" + who);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> mine = List.of(findingIds);
        return r.json().valueStream().filter(a -> mine.contains(a.get("findingIds").get(0).asString())).toList();
    }

    @Test
    void anOrderCreatesOneAssignmentAndOneAuditEventAndTheSameOrderAgainGivesTheSameOne() {
        JsonNode f = flow.bringTo(FindingStatus.CONFIRMED);
        String id = f.get("id").asString();
        Http.Response created = flow.followUp(id, INSPECTOR, "2099-03-31");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("type").asString()).isEqualTo("FOLLOW_UP");
        assertThat(order.get("status").asString()).isEqualTo("ORDERED");
        assertThat(order.get("unit").asString()).isEqualTo(Workflow.UNIT);
        assertThat(order.get("inspector").asString()).isEqualTo(INSPECTOR);
        assertThat(order.get("dueBy").asString()).isEqualTo("2099-03-31");
        assertThat(order.get("findingIds")).extracting(JsonNode::asString).containsExactly(id);
        assertThat(order.get("createdAt").asString()).isNotBlank();

        Http.Response again = flow.followUp(id, INSPECTOR, "2099-03-31");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(order.get("id").asString());
        assertThat(assignments(INSPECTOR, id)).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo(order.get("id").asString()));

        JsonNode trail = flow.audit(id);
        assertThat(trail).filteredOn(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("reference").asString()).isEqualTo(order.get("id").asString());
                    assertThat(e.get("reason").asString()).contains(INSPECTOR, "31/03/2099");
                    assertThat(e.get("fromStatus").asString()).isEqualTo("CONFIRMED");
                });
        // An order is not a change of the review: a reviewer's version still holds.
        assertThat(flow.current(id).get("version").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FindingStatus.class)
    void onlyConfirmedReopenedOrRemediatedFindingsCanBeFollowedUp(FindingStatus state) {
        JsonNode f = flow.bringTo(state);
        String id = f.get("id").asString();
        Http.Response r = flow.followUp(id, INSPECTOR, "2099-01-15");
        boolean allowed = state == FindingStatus.CONFIRMED || state == FindingStatus.REOPENED
                || state == FindingStatus.REMEDIATION_SUBMITTED;
        if (allowed) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(assignments(INSPECTOR, id)).hasSize(1);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("trạng thái " + state.name());
            assertThat(assignments(INSPECTOR, id)).isEmpty();
            assertThat(flow.audit(id)).noneMatch(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED"));
        }
    }

    @Test
    void anInspectorsAssignmentsAreListedByDueDate() {
        String later = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();
        String sooner = flow.bringTo(FindingStatus.REOPENED).get("id").asString();
        assertThat(flow.followUp(later, INSPECTOR, "2099-06-30").status()).isEqualTo(201);
        assertThat(flow.followUp(sooner, INSPECTOR, "2099-02-01").status()).isEqualTo(201);
        assertThat(assignments(INSPECTOR, later, sooner)).extracting(a -> a.get("findingIds").get(0).asString())
                .containsExactly(sooner, later);
        Http.Response nobody = http.get("/api/assignments?inspector=nobody-" + UUID.randomUUID());
        assertThat(nobody.json().size()).isZero();
    }

    @Test
    void anOrderNeedsAnInspectorAndADueDayNotInThePast() {
        String id = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();
        assertThat(flow.followUp(id, null, "2099-01-15").status()).isEqualTo(400);
        assertThat(flow.followUp(id, "  ", "2099-01-15").status()).isEqualTo(400);
        assertThat(flow.followUp(id, INSPECTOR, null).status()).isEqualTo(400);
        assertThat(flow.followUp(id, INSPECTOR, "15/01/2099").status()).isEqualTo(400);
        Http.Response past = flow.followUp(id, INSPECTOR, "2020-01-01");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("01/01/2020");
        assertThat(assignments(INSPECTOR, id)).isEmpty();
        assertThat(flow.followUp(UUID.randomUUID().toString(), INSPECTOR, "2099-01-15").status()).isEqualTo(404);
    }

    @Test
    void anOrderGoesOnlyToAnEnabledInspectorAccountWhoseScopeCoversTheFindingsUnit() {
        String id = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();         // Tản Lĩnh, Ba Vì
        Http.Response nobody = flow.followUp(id, "nobody", "2026-12-31");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.json().get("detail").asString())
                .isEqualTo("Người kiểm tra (inspector) 'nobody' không phải tài khoản nào của hệ thống; hãy giao cho "
                        + "một tài khoản đoàn kiểm tra (INSPECTOR).");
        Http.Response unitAccount = flow.followUp(id, "donvi", "2099-12-31");
        assertThat(unitAccount.status()).as(unitAccount.body()).isEqualTo(400);
        assertThat(unitAccount.json().get("detail").asString())
                .isEqualTo("Người kiểm tra (inspector) 'donvi' không phải tài khoản đoàn kiểm tra (INSPECTOR); "
                        + "tài khoản này có vai trò UNIT.");
        Http.Response outOfScope = flow.followUp(id, "kiemtra-socson", "2099-12-31");
        assertThat(outOfScope.status()).as(outOfScope.body()).isEqualTo(400);
        assertThat(outOfScope.json().get("detail").asString()).isEqualTo("Đơn vị " + Workflow.UNIT
                + " nằm ngoài phạm vi kiểm tra của người kiểm tra (inspector) 'kiemtra-socson'.");
        String disabled = "kiemtra-nghi-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new UserAccount(disabled, null, List.of(Role.INSPECTOR), List.of("*"), null, false, "test",
                Instant.now()));
        try {
            Http.Response locked = flow.followUp(id, disabled, "2099-12-31");
            assertThat(locked.status()).as(locked.body()).isEqualTo(400);
            assertThat(locked.json().get("detail").asString()).contains("'" + disabled + "'", "bị khoá");
        } finally {
            mongo.remove(mongo.findById(disabled, UserAccount.class));
        }
        for (String who : List.of("nobody", "donvi", "kiemtra-socson", disabled)) {
            assertThat(assignments(who, id)).as(who).isEmpty();
        }
        assertThat(flow.audit(id)).noneMatch(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED"));

        // Sóc Sơn's inspector takes the follow-ups of Sóc Sơn's communes.
        String socSon = flow.bringTo(FindingStatus.CONFIRMED, "HN-XA-SOC-SON-TIEN-DUOC").get("id").asString();
        assertThat(flow.followUp(socSon, "kiemtra-socson", "2099-12-31").status()).isEqualTo(201);
    }

    @Test
    void aSecondOrderWhileOneIsOpenIs409NamingTheOpenOne() {
        String id = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();
        String first = flow.followUp(id, INSPECTOR, "2099-03-31").json().get("id").asString();
        for (Http.Response second : List.of(flow.followUp(id, INSPECTOR, "2099-12-31"),
                flow.followUp(id, OTHER_INSPECTOR, "2099-03-31"))) {
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.json().get("detail").asString())
                    .contains("đang mở, giao cho " + INSPECTOR + ", hạn 31/03/2099 (mã " + first + ")");
        }
        assertThat(flow.followUp(id, INSPECTOR, "2099-03-31").status()).isEqualTo(200);          // the same order
        assertThat(assignments(INSPECTOR, id)).extracting(a -> a.get("id").asString()).containsExactly(first);
        assertThat(assignments(OTHER_INSPECTOR, id)).isEmpty();
        assertThat(flow.audit(id)).filteredOn(e -> e.get("action").asString().equals("FOLLOW_UP_ORDERED")).hasSize(1);
    }

    @Test
    void aFollowUpInspectionOfTheUnitDoesItsOrdersGivenUpToItsDay() {
        String unit = "HN-XA-SOC-SON-TIEN-DUOC";      // a unit of this test only: the orders of the others stay out
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        String finding = flow.bringTo(FindingStatus.CONFIRMED, unit).get("id").asString();
        String other = flow.bringTo(FindingStatus.CONFIRMED, unit).get("id").asString();
        String orderId = flow.followUp(finding, INSPECTOR, "2099-03-31").json().get("id").asString();
        assertThat(flow.followUp(other, OTHER_INSPECTOR, "2099-04-30").status()).isEqualTo(201);

        // Neither a scheduled inspection nor a follow-up dated before the order does it.
        assertThat(http.postJson("/api/submissions", SubmissionBuilder.inspectedOn(today).unit(unit).compliantBudget()
                .toJson()).status()).isEqualTo(201);
        assertThat(http.postJson("/api/submissions", SubmissionBuilder.inspectedOn(yesterday).unit(unit)
                .type("FOLLOW_UP").compliantBudget().toJson()).status()).isEqualTo(201);
        assertThat(assignments(INSPECTOR, finding)).singleElement().satisfies(a -> {
            assertThat(a.get("status").asString()).isEqualTo("ORDERED");
            assertThat(a.get("completedBy").isNull()).isTrue();
        });

        byte[] followUp = SubmissionBuilder.inspectedOn(today).unit(unit).type("FOLLOW_UP").compliantBudget().toJson();
        Http.Response done = http.postJson("/api/submissions", followUp);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        String submissionId = done.json().get("submissionId").asString();
        for (List<JsonNode> orders : List.of(assignments(INSPECTOR, finding), assignments(OTHER_INSPECTOR, other))) {
            assertThat(orders).singleElement().satisfies(a -> {
                assertThat(a.get("status").asString()).isEqualTo("DONE");
                assertThat(a.get("completedBy").asString()).isEqualTo(submissionId);
                assertThat(a.get("completedAt").asString()).isNotBlank();
            });
        }
        String completedAt = assignments(INSPECTOR, finding).get(0).get("completedAt").asString();
        assertThat(http.postJson("/api/submissions", followUp).status()).isEqualTo(200);     // sent again: unchanged
        assertThat(assignments(INSPECTOR, finding).get(0).get("completedAt").asString()).isEqualTo(completedAt);
        assertThat(assignments(INSPECTOR, finding).get(0).get("id").asString()).isEqualTo(orderId);

        // Once its order is done, a finding may be given a new one, to another inspector too; an order given after
        // that inspection was stored waits for the next one, even when it is sent again.
        assertThat(flow.followUp(finding, OTHER_INSPECTOR, "2099-05-31").status()).isEqualTo(201);
        assertThat(http.postJson("/api/submissions", followUp).status()).isEqualTo(200);
        assertThat(assignments(OTHER_INSPECTOR, finding)).extracting(a -> a.get("status").asString())
                .containsExactly("ORDERED");
        assertThat(assignments(INSPECTOR, finding)).extracting(a -> a.get("status").asString()).containsExactly("DONE");
    }
}
