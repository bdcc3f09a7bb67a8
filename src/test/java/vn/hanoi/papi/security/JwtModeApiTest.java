package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.support.Workflow;
import vn.hanoi.papi.support.SubmissionBuilder;

/**
 * {@code papi.security.mode: jwt}: /api/** takes the bearer tokens of an OIDC provider (here a decoder that trusts
 * a key made by the test, in place of the one Spring builds from {@code issuer-uri}); roles, unit and scope come
 * from the token, and the same role table and row-level rules apply. HTTP Basic is off for the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "papi.security.mode=jwt")
class JwtModeApiTest {

    static final TestTokens TOKENS = new TestTokens();
    static final TestTokens STRANGER = new TestTokens();

    @TestConfiguration
    static class Provider {
        @Bean
        JwtDecoder jwtDecoder() {
            return TOKENS.decoder();
        }
    }

    @Value("${local.server.port}")
    int port;

    private Http bearer(String username, Map<String, Object> claims) {
        return new Http(port).bearer(TOKENS.token(username, claims));
    }

    @Test
    void theTokensRolesAndScopeDecideAsTheRoleTableAndTheScopeSay() {
        Http socSon = bearer("kt.socson", Map.of("roles", List.of("INSPECTOR"), "scope_units", List.of("HN-HUYEN-SOC-SON")));
        Http.Response inScope = socSon.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14")
                .unit("HN-XA-SOC-SON-MINH-TRI").compliantBudget().answer("BUDGET.POSTING.DAYS", 12).toJson());
        assertThat(inScope.status()).as(inScope.body()).isEqualTo(201);
        Http.Response outside = socSon.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14")
                .unit("HN-XA-DONG-ANH-VIET-HUNG").compliantBudget().toJson());
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("detail").asString()).contains("kt.socson", "phạm vi kiểm tra");

        String id = inScope.json().get("submissionId").asString();
        Http minhTri = bearer("ubnd.minh-tri", Map.of("roles", List.of("UNIT"), "unit", "HN-XA-SOC-SON-MINH-TRI"));
        Http vietHung = bearer("ubnd.viet-hung", Map.of("roles", List.of("UNIT"), "unit", "HN-XA-DONG-ANH-VIET-HUNG"));
        assertThat(minhTri.get("/api/submissions/" + id).status()).isEqualTo(200);
        assertThat(vietHung.get("/api/submissions/" + id).status()).isEqualTo(404);
        assertThat(vietHung.get("/api/findings?unit=HN-XA-SOC-SON-MINH-TRI").json().get("totalElements").asLong()).isZero();
        assertThat(minhTri.get("/api/findings").json().get("content").findValuesAsString("unit"))
                .isNotEmpty().containsOnly("HN-XA-SOC-SON-MINH-TRI");

        Http reviewer = bearer("thanh.tra", Map.of("roles", List.of("REVIEWER")));
        assertThat(reviewer.postJson("/api/submissions", SubmissionBuilder.inspectedOn("2022-09-14").toJson()).status())
                .isEqualTo(403);
        assertThat(reviewer.get("/api/findings").status()).isEqualTo(200);
        assertThat(bearer("khong-vai-tro", Map.of()).get("/api/findings").status()).isEqualTo(403);
        assertThat(bearer("khong-vai-tro", Map.of()).get("/api/units").status()).isEqualTo(200);
    }

    @Test
    void aFollowUpGoesToAnInspectorOfTheIdentityProviderButNotToAKnownAccountOfAnotherRole() {
        Http both = bearer("kt.va.tt", Map.of("roles", List.of("INSPECTOR", "REVIEWER"), "scope_units", List.of("*")));
        Workflow flow = Workflow.as(both);
        String id = flow.bringTo(FindingStatus.CONFIRMED).get("id").asString();

        String dueBy = java.time.LocalDate.now().plusMonths(1).toString();
        Http.Response unknownHere = flow.followUp(id, "kt.ba-vi", dueBy);   // only the identity provider knows it
        assertThat(unknownHere.status()).as(unknownHere.body()).isEqualTo(201);
        Http.Response unitAccount = flow.followUp(flow.bringTo(FindingStatus.CONFIRMED).get("id").asString(), "donvi",
                dueBy);
        assertThat(unitAccount.status()).as(unitAccount.body()).isEqualTo(400);
        assertThat(unitAccount.json().toString()).contains("donvi", "INSPECTOR");
    }

    @Test
    void noTokenABadTokenOrBasicCredentialsAre401WithABearerChallenge() {
        Http anonymous = new Http(port);
        Http.Response none = anonymous.get("/api/units");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.json().get("title").asString()).isEqualTo("Chưa đăng nhập");

        Http.Response forged = anonymous.bearer(STRANGER.token("admin", Map.of("roles", List.of("ADMIN"))))
                .get("/api/units");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(forged.json().get("detail").asString()).contains("Mã truy cập không hợp lệ");

        assertThat(anonymous.get("/v3/api-docs").json().get("components").get("securitySchemes").get("papi")
                .get("scheme").asString()).isEqualTo("bearer");
        // The demo accounts exist (embedded store), but the API takes tokens only.
        assertThat(anonymous.as("admin", "demo").get("/api/units").status()).isEqualTo(401);
    }
}
