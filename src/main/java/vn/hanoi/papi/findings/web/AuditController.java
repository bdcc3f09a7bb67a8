package vn.hanoi.papi.findings.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.findings.store.Assignment;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.FollowUpOrders;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;

/** The audit trail of a unit and the inspectors' assignments: read only. */
@RestController
@Validated
class AuditController {

    private final AuditTrail audit;
    private final FollowUpOrders followUps;
    private final AccessPolicy access;

    AuditController(AuditTrail audit, FollowUpOrders followUps, AccessPolicy access) {
        this.audit = audit;
        this.followUps = followUps;
        this.access = access;
    }

    @Operation(summary = "Nhật ký thay đổi của một đơn vị (phiếu, ảnh, phát hiện), cũ trước mới sau, theo trang")
    @GetMapping("/api/units/{code}/audit")
    AuditTrail.AuditPage ofUnit(@PathVariable String code,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        access.requireReadable(code, () -> new SubmissionNotFoundException("của đơn vị " + code));
        return audit.ofUnit(code, page, size);
    }

    @Operation(summary = "Các việc được giao (kiểm tra lại), của một người kiểm tra hoặc tất cả, theo hạn")
    @GetMapping("/api/assignments")
    List<Assignment> assignments(@RequestParam(required = false) String inspector) {
        // An inspector sees the assignments given to them, whatever they ask.
        boolean onlyOwn = access.caller().has(Role.INSPECTOR) && !access.caller().has(Role.REVIEWER)
                && !access.caller().has(Role.ADMIN);
        return followUps.list(onlyOwn ? access.caller().username() : inspector);
    }
}
