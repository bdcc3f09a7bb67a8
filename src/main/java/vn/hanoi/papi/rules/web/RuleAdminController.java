package vn.hanoi.papi.rules.web;

import io.swagger.v3.oas.annotations.Operation;
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

    RuleAdminController(Engine engine) {
        this.engine = engine;
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
}
