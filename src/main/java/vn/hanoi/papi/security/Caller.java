package vn.hanoi.papi.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling, whatever the sign-in (HTTP Basic against the {@code users} collection or an OIDC token).
 *
 * @param scopeUnits for an INSPECTOR: the units it may inspect, each covering every unit below it through the
 *                   registry's {@code parent} links; {@link #EVERY_UNIT} covers all
 * @param unit       for a UNIT account: the one unit it belongs to
 */
public record Caller(String username, Set<Role> roles, Set<String> scopeUnits, String unit) {

    /** A scope entry covering every unit of the registry. */
    public static final String EVERY_UNIT = "*";

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopeUnits = scopeUnits == null ? Set.of() : Set.copyOf(scopeUnits);
        unit = unit == null || unit.isBlank() ? null : unit;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }
}
