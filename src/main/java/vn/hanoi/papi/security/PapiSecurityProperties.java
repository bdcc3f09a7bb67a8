package vn.hanoi.papi.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Sign-in and request limits ({@code papi.security.*}).
 *
 * @param mode         {@code basic} (default): HTTP Basic on /api/** against the {@code users} collection;
 *                     {@code jwt}: bearer tokens of an OIDC provider
 *                     ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param demoAccounts seed the demo accounts (password {@code demo}) when the embedded store is in use; with a
 *                     real MongoDB they never exist, whatever this says
 * @param users        the operators' accounts, passwords as bcrypt hashes
 * @param authCache    how long a successful HTTP Basic sign-in is remembered (keyed by a keyed hash of the name
 *                     and password), so that each request does not pay for a bcrypt check; 0 turns it off
 * @param maxBodySize  the largest request body outside multipart uploads (those have spring.servlet.multipart.*)
 * @param jwt          the claims an OIDC token carries
 */
@ConfigurationProperties("papi.security")
public record PapiSecurityProperties(Mode mode, Boolean demoAccounts, List<ConfiguredUser> users, Duration authCache,
                                     DataSize maxBodySize, Jwt jwt) {

    public enum Mode { BASIC, JWT }

    public PapiSecurityProperties {
        mode = mode == null ? Mode.BASIC : mode;
        demoAccounts = demoAccounts == null || demoAccounts;
        users = users == null ? List.of() : List.copyOf(users);
        authCache = authCache == null ? Duration.ofMinutes(5) : authCache;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(2) : maxBodySize;
        jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
    }

    /**
     * An account given in configuration.
     *
     * @param password a bcrypt hash ({@code $2a$10$…}, {@code $2y$10$…} or {@code {bcrypt}$2a$10$…});
     *                 {@code {noop}text} only in the embedded demo mode (tests)
     */
    public record ConfiguredUser(String username, String password, List<Role> roles, List<String> scopeUnits, String unit,
                                 Boolean enabled) {

        public ConfiguredUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            scopeUnits = scopeUnits == null ? List.of() : List.copyOf(scopeUnits);
            enabled = enabled == null || enabled;
        }
    }

    /** The names of the claims that carry the roles, the bound unit, the inspector's scope and the user name. */
    public record Jwt(String rolesClaim, String unitClaim, String scopeUnitsClaim, String usernameClaim) {

        public Jwt {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            unitClaim = unitClaim == null ? "unit" : unitClaim;
            scopeUnitsClaim = scopeUnitsClaim == null ? "scope_units" : scopeUnitsClaim;
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        }
    }
}
