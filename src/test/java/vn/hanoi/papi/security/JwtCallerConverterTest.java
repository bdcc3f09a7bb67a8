package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** An OIDC token signed locally, decoded as the resource server does, read into a caller. */
class JwtCallerConverterTest {

    /** RSA keys take a while to make: one provider for the class, and one stranger. */
    private static final TestTokens TOKENS = new TestTokens();
    private static final TestTokens STRANGER = new TestTokens();
    private final JwtDecoder decoder = TOKENS.decoder();
    private final JwtCallerConverter converter = new JwtCallerConverter(new PapiSecurityProperties.Jwt(null, null, null, null));

    private Caller caller(String token) {
        return (Caller) converter.convert(decoder.decode(token)).getPrincipal();
    }

    @Test
    void rolesUnitAndScopeComeFromTheirClaims() {
        Caller inspector = caller(TOKENS.token("nguyen.van.a", Map.of("roles", List.of("INSPECTOR", "offline_access"),
                "scope_units", List.of("HN-HUYEN-SOC-SON", "HN-HUYEN-BA-VI"))));
        assertThat(inspector.username()).isEqualTo("nguyen.van.a");
        assertThat(inspector.roles()).containsExactly(Role.INSPECTOR);
        assertThat(inspector.scopeUnits()).containsExactlyInAnyOrder("HN-HUYEN-SOC-SON", "HN-HUYEN-BA-VI");
        assertThat(inspector.unit()).isNull();

        Caller unit = caller(TOKENS.token("ubnd.viet-hung", Map.of("roles", "ROLE_unit", "unit", "HN-XA-DONG-ANH-VIET-HUNG")));
        assertThat(unit.roles()).containsExactly(Role.UNIT);
        assertThat(unit.unit()).isEqualTo("HN-XA-DONG-ANH-VIET-HUNG");
    }

    @Test
    void theAuthoritiesAreTheRolesForTheRoleTable() {
        var authentication = converter.convert(decoder.decode(TOKENS.token("thanh.tra", Map.of("roles", "reviewer noi-vu"))));
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getName()).isEqualTo("thanh.tra");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_REVIEWER", "ROLE_NOI_VU");
        assertThat(authentication.getCredentials()).isInstanceOf(Jwt.class);
    }

    @Test
    void aTokenWithoutRolesHasNoneAndTheSubjectNamesItWithoutAUsername() {
        var converterBySubject = new JwtCallerConverter(new PapiSecurityProperties.Jwt("groups", "don_vi", "pham_vi", "email"));
        Caller caller = (Caller) converterBySubject.convert(decoder.decode(TOKENS.token("x", Map.of(
                "groups", List.of("ADMIN"), "don_vi", "HN", "roles", List.of("INSPECTOR"))))).getPrincipal();
        assertThat(caller.roles()).containsExactly(Role.ADMIN);                // the configured claim, not "roles"
        assertThat(caller.unit()).isEqualTo("HN");
        assertThat(caller.username()).isEqualTo("sub-x");                      // no "email" claim: the subject
        assertThat(caller(TOKENS.token("y", Map.of())).roles()).isEmpty();
    }

    @Test
    void forgedExpiredOrForeignTokensAreRefusedByTheDecoder() {
        String other = STRANGER.token("ke-gia-mao", Map.of("roles", List.of("ADMIN")));
        assertThatThrownBy(() -> decoder.decode(other)).isInstanceOf(JwtException.class);
        String expired = TOKENS.token("cu", Map.of("roles", List.of("ADMIN")), Instant.now().minusSeconds(3600), TestTokens.ISSUER);
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);
        String foreign = TOKENS.token("la", Map.of("roles", List.of("ADMIN")), Instant.now().plusSeconds(300),
                "https://sso.other.test");
        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);
    }
}
