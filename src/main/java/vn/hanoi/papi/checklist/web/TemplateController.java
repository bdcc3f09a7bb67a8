package vn.hanoi.papi.checklist.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.checklist.ChecklistTemplate;
import vn.hanoi.papi.checklist.store.TemplateNotFoundException;
import vn.hanoi.papi.checklist.store.TemplateStore;

/** Templates for tablets: every item with its Vietnamese question, type, section and PAPI code. */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateStore templates;

    TemplateController(TemplateStore templates) {
        this.templates = templates;
    }

    @Operation(summary = "Các mẫu phiếu kiểm tra")
    @GetMapping
    List<ChecklistTemplate> all() {
        return templates.all();
    }

    @Operation(summary = "Một mẫu phiếu theo tên và phiên bản")
    @GetMapping("/{template}/{version}")
    ChecklistTemplate one(@PathVariable String template, @PathVariable int version) {
        return templates.find(template, version).orElseThrow(() -> new TemplateNotFoundException(template, version));
    }
}
