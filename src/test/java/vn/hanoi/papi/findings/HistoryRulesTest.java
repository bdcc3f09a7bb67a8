package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;

/**
 * Repeat violations and follow-up inspections use the unit's stored, confirmed findings. Each test uses its own
 * unit so that their histories do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HistoryRulesTest {

    @Value("${local.server.port}")
    int port;

    private JsonNode submit(Http http, SubmissionBuilder s) {
        Http.Response r = http.as("kiemtra").postJson("/api/submissions", s.toJson());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** A MINOR BUDGET-06 (posted 12 days) at Cổ Loa on the given day. */
    private static SubmissionBuilder shortPosting(String unit, String inspectedOn, String type) {
        return SubmissionBuilder.inspectedOn(inspectedOn).unit(unit).type(type).compliantBudget()
                .answer("BUDGET.POSTING.DAYS", 12);
    }

    private JsonNode review(Http http, JsonNode finding, String decision, String reason) {
        String body = "{\"decision\": \"" + decision + "\", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"")
                + ", \"version\": " + finding.get("version").asLong() + "}";
        Http.Response r = http.as("thanhtra").postJson("/api/findings/" + finding.get("id").asString() + "/review",
                body.getBytes());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aConfirmedViolationRaisedAgainWithin365DaysIsARepeatOneStepUp() {
        Http http = new Http(port);
        String unit = "HN-XA-DONG-ANH-CO-LOA";
        JsonNode first = submit(http, shortPosting(unit, "2022-09-14", "SCHEDULED")).get("findings").get(0);
        assertThat(first.get("severity").asString()).isEqualTo("MINOR");

        // Not confirmed yet: no repeat.
        JsonNode notYet = submit(http, shortPosting(unit, "2023-03-01", "SCHEDULED")).get("findings").get(0);
        assertThat(notYet.get("repeat").asBoolean()).isFalse();

        assertThat(review(http, first, "CONFIRM", null).get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode repeat = submit(http, shortPosting(unit, "2023-09-14", "SCHEDULED")).get("findings").get(0);
        assertThat(repeat.get("repeat").asBoolean()).isTrue();
        assertThat(repeat.get("severity").asString()).isEqualTo("MAJOR");
        // MAJOR: 10 working days from Thu 14/09/2023 → Thu 28/09/2023.
        assertThat(repeat.get("remediationDue").asString()).isEqualTo("2023-09-28");
        assertThat(repeat.get("facts").get("repeatOf").asString()).isEqualTo(first.get("id").asString());
        assertThat(repeat.get("message").asString()).contains("Tái phạm", "14/09/2022");

        // 366 days after the confirmed inspection (2024 is a leap year: 14/09/2023 → 14/09/2024 is 366 days):
        // only the 2023 inspection counts, and it was not confirmed.
        JsonNode later = submit(http, shortPosting(unit, "2024-09-15", "SCHEDULED")).get("findings").get(0);
        assertThat(later.get("repeat").asBoolean()).isFalse();
    }

    @Test
    void aDismissedFindingNeedsAReasonAndNeverCountsAsARepeat() {
        Http http = new Http(port);
        String unit = "HN-XA-DONG-ANH-XUAN-CANH";
        JsonNode first = submit(http, shortPosting(unit, "2022-09-14", "SCHEDULED")).get("findings").get(0);
        String noReason = "{\"decision\": \"DISMISS\", \"version\": 0}";
        Http.Response refused = http.as("thanhtra").postJson("/api/findings/" + first.get("id").asString() + "/review", noReason.getBytes());
        assertThat(refused.status()).isEqualTo(400);
        review(http, first, "DISMISS", "Đã niêm yết đủ, biên bản ghi nhầm");
        JsonNode again = submit(http, shortPosting(unit, "2023-03-01", "SCHEDULED")).get("findings").get(0);
        assertThat(again.get("repeat").asBoolean()).isFalse();
    }

    @Test
    void aStaleVersionIsAConflictAndOnlyOneOfTwoReviewersWins() {
        Http http = new Http(port);
        JsonNode f = submit(http, shortPosting("HN-XA-SOC-SON-NAM-SON", "2022-09-14", "SCHEDULED")).get("findings").get(0);
        String body = "{\"decision\": \"CONFIRM\", \"version\": 0}";
        Http reviewer = http.as("thanhtra");
        Http.Response one = reviewer.postJson("/api/findings/" + f.get("id").asString() + "/review", body.getBytes());
        Http.Response two = reviewer.postJson("/api/findings/" + f.get("id").asString() + "/review", body.getBytes());
        assertThat(one.status()).isEqualTo(200);
        assertThat(two.status()).isEqualTo(409);
        assertThat(two.json().get("detail").asString()).contains("phiên bản");
        assertThat(reviewer.postJson("/api/findings/" + UUID.randomUUID() + "/review", body.getBytes()).status()).isEqualTo(404);
    }

    @Test
    void aFollowUpFindingTheSameViolationAfterItsRemediationDeadlineRaisesFollowup01() {
        Http http = new Http(port);
        String unit = "HN-XA-SOC-SON-BAC-SON";
        JsonNode first = submit(http, shortPosting(unit, "2022-09-14", "SCHEDULED")).get("findings").get(0);
        review(http, first, "CONFIRM", null);
        // MINOR remediation was due 12/10/2022; the follow-up inspection on 20/10/2022 finds it again.
        JsonNode followUp = submit(http, shortPosting(unit, "2022-10-20", "FOLLOW_UP")).get("findings").get(0);
        assertThat(followUp.get("ruleId").asString()).isEqualTo("FOLLOWUP-01");
        assertThat(followUp.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(followUp.get("subject").asString()).isEqualTo("BUDGET.POSTING");
        assertThat(followUp.get("facts").get("earlierFindingId").asString()).isEqualTo(first.get("id").asString());
        assertThat(followUp.get("facts").get("earlierRuleId").asString()).isEqualTo("BUDGET-06");
        assertThat(followUp.get("message").asString()).startsWith("Chưa khắc phục vi phạm BUDGET-06");
        // CRITICAL: 5 working days from Thu 20/10/2022 → Thu 27/10/2022.
        assertThat(followUp.get("remediationDue").asString()).isEqualTo("2022-10-27");
    }

    @Test
    void aFollowUpBeforeTheRemediationDeadlineIsAnOrdinaryFindingAndARepeat() {
        Http http = new Http(port);
        String unit = "HN-XA-SOC-SON-TIEN-DUOC";
        JsonNode first = submit(http, shortPosting(unit, "2022-09-14", "SCHEDULED")).get("findings").get(0);
        review(http, first, "CONFIRM", null);
        JsonNode early = submit(http, shortPosting(unit, "2022-10-12", "FOLLOW_UP")).get("findings").get(0);
        assertThat(early.get("ruleId").asString()).isEqualTo("BUDGET-06");
        assertThat(early.get("repeat").asBoolean()).isTrue();
    }
}
