package vn.hanoi.papi.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitRegistry;

/**
 * Row-level access, in one place: which unit's data the caller may read or write. The coarse rules (which role
 * may call which endpoint) are in {@link ApiAccessRules}; services and controllers ask this class about the rows.
 *
 * <ul>
 *   <li>An INSPECTOR submits, and attaches evidence, only for units its scope covers: a 403 otherwise.</li>
 *   <li>A UNIT account attaches evidence (photos of its remedy) to its own unit's submissions only.</li>
 *   <li>A UNIT account reads only its own unit's submissions, evidence and findings; the others answer 404, as if
 *       they did not exist, so that their existence does not leak.</li>
 *   <li>INSPECTOR, REVIEWER, NOI_VU and ADMIN read every unit's rows.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    private static final int MAX_DEPTH = 32;

    private final Supplier<UnitRegistry> units;

    @Autowired
    public AccessPolicy(Engine engine) {
        this.units = engine::units;
    }

    AccessPolicy(Supplier<UnitRegistry> units) {
        this.units = units;
    }

    /** The signed-in caller of the current request, if any (a web page shows its menu only then). */
    public java.util.Optional<Caller> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(caller());
    }

    /** The signed-in caller of the current request. */
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Chưa đăng nhập.");
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof PapiUser user) {
            return user.caller();
        }
        if (principal instanceof Caller caller) {
            return caller;
        }
        throw new ScopeDeniedException("Tài khoản '" + authentication.getName() + "' không có vai trò nào trong hệ thống.");
    }

    /** Only an INSPECTOR whose scope covers {@code unit} may submit an inspection of it or attach evidence: 403 otherwise. */
    public void requireInspectorFor(String unit) {
        Caller caller = caller();
        if (!caller.has(Role.INSPECTOR)) {
            throw new ScopeDeniedException("Chỉ đoàn kiểm tra (INSPECTOR) được gửi phiếu và ảnh minh chứng; tài khoản '"
                    + caller.username() + "' không có vai trò này.");
        }
        if (!covers(caller.scopeUnits(), unit)) {
            throw new ScopeDeniedException("Đơn vị " + unit + " nằm ngoài phạm vi kiểm tra của tài khoản '"
                    + caller.username() + "'.");
        }
    }

    /**
     * Who may attach photo evidence to a submission of {@code unit}: an INSPECTOR whose scope covers it (photos of
     * the inspection), or the unit's own account (photos of its remedy, which must be photos of the finding's
     * submission). Anyone else: 403. Callers check readability first, so another unit's account has had its 404.
     */
    public void requireEvidenceWriterFor(String unit) {
        Caller caller = caller();
        if (caller.has(Role.UNIT) && caller.unit() != null && caller.unit().equals(unit)) {
            return;
        }
        if (caller.has(Role.INSPECTOR)) {
            requireInspectorFor(unit);
            return;
        }
        throw new ScopeDeniedException("Chỉ đoàn kiểm tra (INSPECTOR, trong phạm vi) hoặc chính đơn vị được kiểm tra "
                + "được đính kèm ảnh minh chứng vào phiếu của đơn vị " + unit + "; tài khoản '" + caller.username()
                + "' không được.");
    }

    /** Whether the caller may read the rows (submissions, evidence, findings) of {@code unit}. */
    public boolean canRead(String unit) {
        Caller caller = caller();
        if (caller.hasAny(Role.INSPECTOR, Role.REVIEWER, Role.NOI_VU, Role.ADMIN)) {
            return true;
        }
        return caller.has(Role.UNIT) && caller.unit() != null && caller.unit().equals(unit);
    }

    /** Throws {@code notFound} unless the caller may read the rows of {@code unit}: another unit's row is a 404. */
    public <X extends RuntimeException> void requireReadable(String unit, Supplier<X> notFound) {
        if (!canRead(unit)) {
            throw notFound.get();
        }
    }

    /**
     * The unit filter a finding search really uses: what was asked for, except for a UNIT account, whose searches
     * are limited to its own unit whatever it asks.
     */
    public String findingsUnit(String requested) {
        Caller caller = caller();
        if (caller.hasAny(Role.REVIEWER, Role.NOI_VU, Role.ADMIN)) {
            return requested;
        }
        if (caller.has(Role.UNIT) && caller.unit() != null) {
            return caller.unit();
        }
        throw new ScopeDeniedException("Tài khoản '" + caller.username() + "' không được xem danh sách phát hiện.");
    }

    /** Whether a scope covers a unit: the unit itself or a unit above it (through parent links) is in the scope. */
    public boolean covers(Set<String> scope, String unit) {
        if (scope.contains(Caller.EVERY_UNIT)) {
            return true;
        }
        UnitRegistry registry = units.get();
        String code = unit;
        for (int depth = 0; code != null && depth < MAX_DEPTH; depth++) {
            if (scope.contains(code)) {
                return true;
            }
            code = registry.find(code).map(Unit::parent).orElse(null);
        }
        return false;
    }

    /** Who makes a change, for the audit trail: the signed-in user and the client's address. */
    public vn.hanoi.papi.findings.store.ChangedBy changedBy(jakarta.servlet.http.HttpServletRequest request) {
        return new vn.hanoi.papi.findings.store.ChangedBy(caller().username(), request.getRemoteAddr());
    }
}
