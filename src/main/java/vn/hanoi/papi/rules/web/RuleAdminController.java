package vn.hanoi.papi.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.RequestBody;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.rules.RuleReplay;
import vn.hanoi.papi.submissions.SubmissionReplay;
import vn.hanoi.papi.web.InvalidRequestException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.rules.RuleBase;

/** Rule authors publish a change without a restart. */
@RestController
@RequestMapping("/api/admin/rules")
class RuleAdminController {

    private final Engine engine;
    private final SubmissionReplay replay;

    RuleAdminController(Engine engine, SubmissionReplay replay) {
        this.engine = engine;
        this.replay = replay;
    }

    /** A what-if replay: the candidate rule folder (on the server) and the inspection days to replay, both included. */
    public record ReplayRequest(String rulesDir, LocalDate from, LocalDate to) {
    }

    /** The rules in service after a reload, and the version they replaced. */
    public record Reloaded(String version, String previousVersion, int count) {
    }

    @Operation(summary = "Nạp lại bộ luật từ thư mục rules/; tệp hỏng bị từ chối (422) và bộ luật đang dùng giữ nguyên")
    @PostMapping("/reload")
    Reloaded reload() {
        String previous = engine.rules().version();
        RuleBase next = engine.reloadRules();
        return new Reloaded(next.version(), previous, next.metadata().size());
    }

    @Operation(summary = "Chạy thử bộ luật mới trên các phiếu đã lưu (ngày kiểm tra trong [from, to]): theo từng mã luật, "
            + "các phát hiện sẽ thêm, bớt hoặc thay đổi; không lưu gì, bộ luật đang dùng giữ nguyên; tệp hỏng → 422")
    @PostMapping("/replay")
    RuleReplay.Report replay(@RequestBody ReplayRequest request) {
        List<ValidationError> errors = new ArrayList<>();
        if (request.rulesDir() == null || request.rulesDir().isBlank() || !Files.isDirectory(Path.of(request.rulesDir()))) {
            errors.add(new ValidationError("rulesDir", "không phải thư mục trên máy chủ: " + request.rulesDir()));
        }
        if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
            errors.add(new ValidationError("from", "cần from và to (YYYY-MM-DD), from ≤ to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Yêu cầu chạy thử không hợp lệ", errors);
        }
        return replay.replay(Path.of(request.rulesDir()), request.from(), request.to());
    }
}
