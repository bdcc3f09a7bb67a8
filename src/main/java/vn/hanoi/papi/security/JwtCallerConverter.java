package vn.hanoi.papi.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the caller from an OIDC access token: the roles from the {@code roles} claim (a list, or a string
 * separated by spaces or commas; {@code ROLE_} prefixes and case are ignored, unknown roles dropped), the bound unit
 * from {@code unit} and an inspector's scope from {@code scope_units}. The claim names are configurable
 * ({@code papi.security.jwt.*}).
 */
public final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PapiSecurityProperties.Jwt claims;

    public JwtCallerConverter(PapiSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt.getClaim(claims.rolesClaim()))) {
            String role = name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "").replace('-', '_');
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        String username = jwt.getClaimAsString(claims.usernameClaim());
        if (username == null || username.isBlank()) {
            username = jwt.getSubject();
        }
        String unit = jwt.getClaimAsString(claims.unitClaim());
        Caller caller = new Caller(username, roles, strings(jwt.getClaim(claims.scopeUnitsClaim())), unit);
        return new CallerAuthentication(caller, jwt);
    }

    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> {
                if (v != null && !v.toString().isBlank()) {
                    values.add(v.toString().strip());
                }
            });
        } else if (claim instanceof String text) {
            for (String part : text.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
