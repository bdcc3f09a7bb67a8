package vn.hanoi.papi.findings.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.store.Assignment;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.FollowUpOrders;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Role;

/** The audit trail of a unit and the inspectors' assignments: read only. */
@RestController
@Validated
class AuditController {

    private final AuditTrail audit;
    private final FollowUpOrders followUps;
    private final AccessPolicy access;
    private final Engine engine;

    AuditController(AuditTrail audit, FollowUpOrders followUps, AccessPolicy access, Engine engine) {
        this.audit = audit;
        this.followUps = followUps;
        this.access = access;
        this.engine = engine;
    }

    @Operation(summary = "Nhật ký thay đổi của một đơn vị (phiếu, ảnh, phát hiện), cũ trước mới sau, theo trang; "
            + "404 với đơn vị không có trong danh mục (và, với tài khoản đơn vị, với đơn vị khác)")
    @GetMapping("/api/units/{code}/audit")
    AuditTrail.AuditPage ofUnit(@PathVariable String code,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (engine.units().find(code).isEmpty()) {
            throw unitNotFound(code);
        }
        access.requireReadable(code, () -> unitNotFound(code));      // another unit's trail: exactly as an unknown one
        return audit.ofUnit(code, page, size);
    }

    /**
     * A unit that is not in the registry, or whose rows the caller may not read: 404, naming the code. The exception
     * carries its problem detail (Spring answers it as it is), as no exception of the handlers stands for a unit.
     */
    private static ErrorResponseException unitNotFound(String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có đơn vị mã " + code + " trong danh mục đơn vị.");
        problem.setTitle("Không tìm thấy");
        problem.setType(URI.create("urn:papi:problem:not-found"));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
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
