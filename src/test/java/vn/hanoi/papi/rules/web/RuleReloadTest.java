package vn.hanoi.papi.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.RuleFolders;

/** A rule change is published without a restart; a broken one is refused and the rules in service keep serving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleReloadTest {

    static final Path RULES;

    static {
        try {
            RULES = RuleFolders.copyOfTheRules();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("papi.rules-dir", RULES::toString);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void aBrokenFileIsRefusedWithItsLineAndTheRulesInServiceKeepServingUntilAGoodChangeIsPublished() throws IOException {
        Http http = new Http(port).as("admin");
        Http inspector = new Http(port).as("kiemtra");
        String before = http.get("/api/rules").json().get("version").asString();
        JsonNode unchanged = http.postJson("/api/admin/rules/reload", new byte[0]).json();
        assertThat(unchanged.get("version").asString()).isEqualTo(before);

        RuleFolders.addBrokenRule(RULES);
        Http.Response refused = http.postJson("/api/admin/rules/reload", new byte[0]);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems").get(0).asString()).startsWith(RuleFolders.BROKEN_RULE_AT);
        assertThat(http.get("/api/rules").json().get("version").asString()).isEqualTo(before);
        Http.Response stillServing = inspector.postJson("/api/submissions",
                SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(stillServing.status()).isEqualTo(201);
        assertThat(stillServing.json().get("rulesVersion").asString()).isEqualTo(before);

        Files.delete(RULES.resolve("broken.drl"));
        Files.writeString(RULES.resolve("settings.yaml"),
                Files.readString(RULES.resolve("settings.yaml")).replace("MINOR: 20", "MINOR: 30"));
        Http.Response published = http.postJson("/api/admin/rules/reload", new byte[0]);
        assertThat(published.status()).isEqualTo(200);
        String after = published.json().get("version").asString();
        assertThat(after).isNotEqualTo(before);
        assertThat(published.json().get("previousVersion").asString()).isEqualTo(before);

        JsonNode next = inspector.postJson("/api/submissions",
                SubmissionBuilder.inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson()).json();
        assertThat(next.get("rulesVersion").asString()).isEqualTo(after);
        // MINOR is now 30 working days from Wed 14/09/2022: six full weeks, Thu 15/09 … Wed 26/10/2022.
        assertThat(next.get("findings").get(0).get("remediationDue").asString()).isEqualTo("2022-10-26");
    }
}
