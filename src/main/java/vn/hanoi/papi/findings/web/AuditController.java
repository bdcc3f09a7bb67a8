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

/** The audit trail of a unit and the inspectors' assignments: read only. */
@RestController
@Validated
class AuditController {

    private final AuditTrail audit;
    private final FollowUpOrders followUps;

    AuditController(AuditTrail audit, FollowUpOrders followUps) {
        this.audit = audit;
        this.followUps = followUps;
    }

    @Operation(summary = "Nhật ký thay đổi của một đơn vị (phiếu, ảnh, phát hiện), cũ trước mới sau, theo trang")
    @GetMapping("/api/units/{code}/audit")
    AuditTrail.AuditPage ofUnit(@PathVariable String code,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return audit.ofUnit(code, page, size);
    }

    @Operation(summary = "Các việc được giao (kiểm tra lại), của một người kiểm tra hoặc tất cả, theo hạn")
    @GetMapping("/api/assignments")
    List<Assignment> assignments(@RequestParam(required = false) String inspector) {
        return followUps.list(inspector);
    }
}
