package vn.hanoi.papi.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.RuleFolders;

/**
 * What-if replay over HTTP: the four example submissions stored, then replayed with a copy of rules/ where the TTHC
 * on-time threshold goes from 95% to 30%: exactly TTHC-04 changes, nothing is stored, the rules in service stay. A
 * fresh context (an empty store): the replay counts every stored submission of the period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class RuleReplayApiTest {

    static final String VIET_HUNG = "5b7e2c1a-2022-4d1e-9a10-0a1b2c3d4e01";
    static final String MINH_TRI = "5b7e2c1a-2024-4d1e-9a10-0a1b2c3d4e04";

    @Value("${local.server.port}")
    int port;


    static byte[] request(Path rules, String from, String to) {
        return ("{\"rulesDir\":\"" + rules.toString().replace("\\", "\\\\") + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void storeTheExamples() throws IOException {
        Http inspector = new Http(port).as("kiemtra");
        try (Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
            for (Path file : files.sorted().toList()) {
                assertThat(inspector.postJson("/api/submissions", Files.readAllBytes(file)).status()).isIn(200, 201);
            }
        }
    }

    @Test
    void aLowerThresholdRemovesOneTthc04AndRewordsTheOtherAndNothingElse() throws IOException {
        Http admin = new Http(port).as("admin");
        String inService = admin.get("/api/rules").json().get("version").asString();
        JsonNode findingsBefore = admin.get("/api/findings?size=200").json();
        Path candidate = RuleFolders.copyOfTheRules();
        Path settings = candidate.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 0.30"));

        Http.Response response = admin.postJson("/api/admin/rules/replay", request(candidate, "2022-01-01", "2025-12-31"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("submissions").asInt()).isEqualTo(4);
        assertThat(report.get("currentVersion").asString()).isEqualTo(inService);
        assertThat(report.get("candidateVersion").asString()).isNotEqualTo(inService);
        // 18 + 13 + 1 + 5 findings with the rules in service; Minh Trí's TTHC-04 (2 of 5 on time, 40% ≥ 30%) goes.
        assertThat(report.get("findingsBefore").asInt()).isEqualTo(37);
        assertThat(report.get("findingsAfter").asInt()).isEqualTo(36);
        assertThat(report.get("rules")).hasSize(1);
        JsonNode tthc04 = report.get("rules").get(0);
        assertThat(tthc04.get("ruleId").asString()).isEqualTo("TTHC-04");
        assertThat(tthc04.get("added")).isEmpty();
        assertThat(tthc04.get("removed")).singleElement().satisfies(c -> {
            assertThat(c.get("submissionId").asString()).isEqualTo(MINH_TRI);
            assertThat(c.get("subject").asString()).isEqualTo("DOSSIERS");
            assertThat(c.get("before").get("severity").asString()).isEqualTo("MAJOR");
            assertThat(c.get("after").isNull()).isTrue();
        });
        // Việt Hùng: 1 of 4 on time (25%) is still below 30%: same finding, its message names the new minimum.
        assertThat(tthc04.get("changed")).singleElement().satisfies(c -> {
            assertThat(c.get("submissionId").asString()).isEqualTo(VIET_HUNG);
            assertThat(c.get("before").get("message").asString()).contains("95%");
            assertThat(c.get("after").get("message").asString()).contains("30%");
            assertThat(c.get("after").get("severity").asString()).isEqualTo("MAJOR");
        });

        // Only the period asked for: 2024 holds Uy Nỗ and Minh Trí.
        JsonNode only2024 = admin.postJson("/api/admin/rules/replay", request(candidate, "2024-01-01", "2024-12-31")).json();
        assertThat(only2024.get("submissions").asInt()).isEqualTo(2);
        assertThat(only2024.get("rules").get(0).get("changed")).isEmpty();

        // Nothing stored, nothing put in service.
        assertThat(admin.get("/api/rules").json().get("version").asString()).isEqualTo(inService);
        assertThat(admin.get("/api/findings?size=200").json()).isEqualTo(findingsBefore);
    }

    @Test
    void theSameRulesChangeNothing() throws IOException {
        JsonNode report = new Http(port).as("admin")
                .postJson("/api/admin/rules/replay", request(RuleFolders.copyOfTheRules(), "2022-01-01", "2025-12-31")).json();
        assertThat(report.get("submissions").asInt()).isEqualTo(4);
        assertThat(report.get("rules")).isEmpty();
    }

    @Test
    void aBrokenCandidateIsRefusedWithItsFileAndLine() throws IOException {
        Path candidate = RuleFolders.copyOfTheRules();
        RuleFolders.addBrokenRule(candidate);
        Http admin = new Http(port).as("admin");
        Http.Response refused = admin.postJson("/api/admin/rules/replay", request(candidate, "2022-01-01", "2025-12-31"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems").get(0).asString()).startsWith(RuleFolders.BROKEN_RULE_AT);
        assertThat(admin.postJson("/api/admin/rules/replay", request(Path.of("no-such-folder"), "2022-01-01", "2025-12-31"))
                .status()).isEqualTo(400);
        assertThat(new Http(port).as("noivu").postJson("/api/admin/rules/replay",
                request(candidate, "2022-01-01", "2025-12-31")).status()).isEqualTo(403);
    }
}
