package vn.hanoi.papi.security;

import java.time.Instant;
import java.util.List;

/**
 * The demo accounts of the spec, all with the password {@code demo}, seeded only when the embedded demo store is
 * in use. {@code donvi} belongs to the first commune of the demo registry; {@code donvi2} to another one, so that
 * a unit's isolation from another can be tried.
 */
final class DemoAccounts {

    static final String PASSWORD = "demo";
    /** bcrypt (cost 10) of {@code demo}: a constant, so that a start does not spend time hashing a public password. */
    static final String PASSWORD_HASH = "$2a$10$IqVrKe71LI8syz1.gsrAtO1zq8W8x8VxwdCbOX6QNMeGyGgJKh5j6";
    static final String DONVI_UNIT = "HN-XA-DONG-ANH-VIET-HUNG";
    static final String DONVI2_UNIT = "HN-XA-SOC-SON-MINH-TRI";

    private DemoAccounts() {
    }

    static List<UserAccount> all(Instant now) {
        return List.of(
                account("admin", Role.ADMIN, List.of(), null, now),
                account("kiemtra", Role.INSPECTOR, List.of(Caller.EVERY_UNIT), null, now),
                account("thanhtra", Role.REVIEWER, List.of(), null, now),
                account("noivu", Role.NOI_VU, List.of(), null, now),
                account("donvi", Role.UNIT, List.of(), DONVI_UNIT, now),
                account("donvi2", Role.UNIT, List.of(), DONVI2_UNIT, now));
    }

    private static UserAccount account(String username, Role role, List<String> scope, String unit, Instant now) {
        return new UserAccount(username, PASSWORD_HASH, List.of(role), scope, unit, true, UserAccount.DEMO, now);
    }
}
