package vn.hanoi.papi.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-in account as stored in the {@code users} collection. The collection is managed by configuration: the
 * accounts of {@code papi.security.users}, and the demo accounts when the embedded demo store is in use.
 *
 * @param passwordHash a bcrypt hash, never the password
 * @param scopeUnits   INSPECTOR: the units it may inspect (a unit covers those below it; {@code *} covers all)
 * @param unit         UNIT: the unit the account belongs to
 * @param source       {@link #CONFIGURED} or {@link #DEMO}: who manages it
 */
@Document("users")
public record UserAccount(
        @Id String username,
        String passwordHash,
        List<Role> roles,
        List<String> scopeUnits,
        String unit,
        boolean enabled,
        String source,
        Instant updatedAt) {

    public static final String CONFIGURED = "config";
    public static final String DEMO = "demo";

    public UserAccount {
        roles = roles == null ? List.of() : List.copyOf(roles);
        scopeUnits = scopeUnits == null ? List.of() : List.copyOf(scopeUnits);
    }
}
