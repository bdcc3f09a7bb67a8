package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hanoi.papi.units.UnitRegistry;

/** The row-level rules on the unit registry of the fixtures (city → districts → communes). */
class AccessPolicyTest {

    private static final UnitRegistry REGISTRY = UnitRegistry.fromFile(Path.of("fixtures/units/hanoi.json"));
    private final AccessPolicy policy = new AccessPolicy(() -> REGISTRY);

    private static void signIn(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aScopeCoversItsUnitsAndEveryUnitBelowThemThroughParentLinks() {
        assertThat(policy.covers(Set.of("HN-HUYEN-SOC-SON"), "HN-XA-SOC-SON-MINH-TRI")).isTrue();
        assertThat(policy.covers(Set.of("HN-HUYEN-SOC-SON"), "HN-HUYEN-SOC-SON")).isTrue();
        assertThat(policy.covers(Set.of("HN-HUYEN-SOC-SON"), "HN-XA-DONG-ANH-VIET-HUNG")).isFalse();
        assertThat(policy.covers(Set.of("HN-HUYEN-SOC-SON"), "HN")).isFalse();              // not upwards
        assertThat(policy.covers(Set.of("HN"), "HN-PHUONG-HOAN-KIEM-HANG-TRONG")).isTrue();
        assertThat(policy.covers(Set.of("HN-XA-DONG-ANH-UY-NO"), "HN-XA-DONG-ANH-UY-NO")).isTrue();
        assertThat(policy.covers(Set.of("HN-XA-DONG-ANH-UY-NO"), "HN-XA-DONG-ANH-VIET-HUNG")).isFalse();
        assertThat(policy.covers(Set.of(Caller.EVERY_UNIT), "HN-XA-CHUA-CO")).isTrue();
        assertThat(policy.covers(Set.of("HN"), "HN-XA-CHUA-CO")).isFalse();
        assertThat(policy.covers(Set.of(), "HN")).isFalse();
    }

    @Test
    void onlyAnInspectorInScopeMaySubmit() {
        signIn(new Caller("kt", Set.of(Role.INSPECTOR), Set.of("HN-HUYEN-BA-VI"), null));
        policy.requireInspectorFor("HN-XA-BA-VI-TAN-LINH");
        assertThatThrownBy(() -> policy.requireInspectorFor("HN-XA-SOC-SON-MINH-TRI")).isInstanceOf(ScopeDeniedException.class)
                .hasMessageContaining("HN-XA-SOC-SON-MINH-TRI nằm ngoài phạm vi kiểm tra của tài khoản 'kt'");
        signIn(new Caller("qt", Set.of(Role.ADMIN, Role.REVIEWER), Set.of(Caller.EVERY_UNIT), null));
        assertThatThrownBy(() -> policy.requireInspectorFor("HN-XA-BA-VI-TAN-LINH")).isInstanceOf(ScopeDeniedException.class);
    }

    @Test
    void evidenceIsWrittenByAnInspectorInScopeOrByTheUnitItself() {
        signIn(new Caller("kt", Set.of(Role.INSPECTOR), Set.of("HN-HUYEN-BA-VI"), null));
        policy.requireEvidenceWriterFor("HN-XA-BA-VI-TAN-LINH");
        assertThatThrownBy(() -> policy.requireEvidenceWriterFor("HN-XA-SOC-SON-MINH-TRI"))
                .isInstanceOf(ScopeDeniedException.class).hasMessageContaining("nằm ngoài phạm vi kiểm tra");

        signIn(new Caller("dv", Set.of(Role.UNIT), Set.of(), "HN-XA-DONG-ANH-VIET-HUNG"));
        policy.requireEvidenceWriterFor("HN-XA-DONG-ANH-VIET-HUNG");
        assertThatThrownBy(() -> policy.requireEvidenceWriterFor("HN-XA-SOC-SON-MINH-TRI"))
                .isInstanceOf(ScopeDeniedException.class);
        assertThatThrownBy(() -> policy.requireEvidenceWriterFor("HN-HUYEN-DONG-ANH"))      // not even its district
                .isInstanceOf(ScopeDeniedException.class);

        for (Role role : new Role[] {Role.REVIEWER, Role.NOI_VU, Role.ADMIN}) {
            signIn(new Caller("x", Set.of(role), Set.of(Caller.EVERY_UNIT), "HN-XA-DONG-ANH-VIET-HUNG"));
            assertThatThrownBy(() -> policy.requireEvidenceWriterFor("HN-XA-DONG-ANH-VIET-HUNG")).as(role.name())
                    .isInstanceOf(ScopeDeniedException.class);
        }
    }

    @Test
    void aUnitReadsOnlyItsOwnRowsAndItsFindingSearchIsForcedToItsUnit() {
        signIn(new Caller("dv", Set.of(Role.UNIT), Set.of(), "HN-XA-DONG-ANH-VIET-HUNG"));
        assertThat(policy.canRead("HN-XA-DONG-ANH-VIET-HUNG")).isTrue();
        assertThat(policy.canRead("HN-XA-SOC-SON-MINH-TRI")).isFalse();
        assertThat(policy.canRead("HN-HUYEN-DONG-ANH")).isFalse();                          // not even its district
        assertThat(policy.findingsUnit("HN-XA-SOC-SON-MINH-TRI")).isEqualTo("HN-XA-DONG-ANH-VIET-HUNG");
        assertThat(policy.findingsUnit(null)).isEqualTo("HN-XA-DONG-ANH-VIET-HUNG");
        assertThatThrownBy(() -> policy.requireReadable("HN", () -> new IllegalArgumentException("404")))
                .hasMessage("404");

        signIn(new Caller("dv-loi", Set.of(Role.UNIT), Set.of(), null));                  // a token without its unit
        assertThat(policy.canRead("HN-XA-DONG-ANH-VIET-HUNG")).isFalse();
        assertThatThrownBy(() -> policy.findingsUnit(null)).isInstanceOf(ScopeDeniedException.class);
    }

    @Test
    void readersSeeEveryUnitAndAskForWhatTheyWant() {
        for (Role role : new Role[] {Role.INSPECTOR, Role.REVIEWER, Role.NOI_VU, Role.ADMIN}) {
            signIn(new Caller("x", Set.of(role), Set.of(), null));
            assertThat(policy.canRead("HN-XA-SOC-SON-MINH-TRI")).as(role.name()).isTrue();
        }
        signIn(new Caller("tt", Set.of(Role.REVIEWER), Set.of(), null));
        assertThat(policy.findingsUnit(null)).isNull();
        assertThat(policy.findingsUnit("HN-XA-SOC-SON-MINH-TRI")).isEqualTo("HN-XA-SOC-SON-MINH-TRI");
        signIn(new Caller("kt", Set.of(Role.INSPECTOR), Set.of(Caller.EVERY_UNIT), null));
        assertThatThrownBy(() -> policy.findingsUnit(null)).isInstanceOf(ScopeDeniedException.class);
    }

    @Test
    void nobodySignedInIsNobody() {
        assertThatThrownBy(policy::caller).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn(new Caller("khong-vai-tro", Set.of(), Set.of(), null));
        assertThat(policy.canRead("HN")).isFalse();
    }
}
