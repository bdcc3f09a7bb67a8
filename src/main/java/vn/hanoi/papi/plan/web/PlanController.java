package vn.hanoi.papi.plan.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.plan.PlanTaskStatus;
import vn.hanoi.papi.plan.store.PlanTaskService;
import vn.hanoi.papi.plan.store.StatusProblem;
import vn.hanoi.papi.plan.store.StoredPlanTask;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.web.InvalidRequestException;
import vn.hanoi.papi.web.UnknownFields;

/** The plan's tasks (Phụ lục 1): read by the desk roles, their status recorded by Sở Nội vụ; PLAN-01 findings. */
@RestController
@RequestMapping("/api/plan")
class PlanController {

    private final PlanTaskService tasks;
    private final AccessPolicy access;

    PlanController(PlanTaskService tasks, AccessPolicy access) {
        this.tasks = tasks;
        this.access = access;
    }

    /** The body of a status change; {@code version} is the task's version as read; other fields are refused. */
    record StatusRequest(PlanTaskStatus status, LocalDate doneOn, String note, Long version,
                         @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    }

    @Operation(summary = "Các nhiệm vụ của Kế hoạch 164/KH-UBND (Phụ lục 1) và tình trạng thực hiện")
    @GetMapping("/tasks")
    List<StoredPlanTask> all() {
        return tasks.all();
    }

    @Operation(summary = "Sở Nội vụ cập nhật tình trạng một nhiệm vụ (phiên bản đã đọc; sai phiên bản → 409)")
    @PostMapping("/tasks/{number}/status")
    StoredPlanTask status(@PathVariable String number, @RequestBody StatusRequest body, HttpServletRequest request) {
        List<ValidationError> errors = new ArrayList<>(UnknownFields.of(body.unknown(), "", "định dạng cập nhật nhiệm vụ"));
        tasks.check(body.status(), body.doneOn(), body.note(), body.version()).stream()
                .map(StatusProblem::error).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Cập nhật nhiệm vụ không hợp lệ", errors);
        }
        tasks.get(number);
        return tasks.changeStatus(number,
                new PlanTaskService.StatusChange(body.status(), body.doneOn(), body.note(), body.version()),
                access.changedBy(request));
    }

    @Operation(summary = "Phát hiện PLAN-01: nhiệm vụ chưa hoàn thành khi hết thời hạn (tính đến ngày asOf, mặc định hôm nay)")
    @GetMapping("/findings")
    List<Finding> findings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tasks.findings(asOf != null ? asOf : tasks.today());
    }
}
