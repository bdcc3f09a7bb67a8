package vn.hanoi.papi.findings.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.findings.store.FindingFilter;
import vn.hanoi.papi.findings.store.FindingReviews;
import vn.hanoi.papi.findings.store.ReviewDecision;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.findings.store.FindingStore;
import vn.hanoi.papi.findings.store.FindingView;
import vn.hanoi.papi.findings.store.FindingViewMapper;
import vn.hanoi.papi.security.AccessPolicy;

@RestController
@RequestMapping("/api/findings")
@Validated
class FindingController {

    private final FindingStore findings;
    private final FindingReviews reviews;
    private final FindingViewMapper views;
    private final Clock clock;
    private final AccessPolicy access;

    FindingController(FindingStore findings, FindingReviews reviews, FindingViewMapper views, Clock clock,
                      AccessPolicy access) {
        this.findings = findings;
        this.reviews = reviews;
        this.views = views;
        this.clock = clock;
        this.access = access;
    }

    /** A page of findings: {@code {content, totalElements, page, size}}. */
    public record Page(List<FindingView> content, long totalElements, int page, int size) {
    }

    /** The reviewer's decision, on the version they saw. */
    public record Review(ReviewDecision decision, String reason, Long version) {
    }

    @Operation(summary = "Xác nhận hoặc bác bỏ (có lý do) một phát hiện; 409 khi phiên bản đã cũ hoặc trạng thái không cho phép")
    @PostMapping("/{id}/review")
    FindingView review(@PathVariable String id, @RequestBody Review review) {
        if (review.decision() == null || review.version() == null) {
            throw new vn.hanoi.papi.findings.store.InvalidReviewException("Cần decision (CONFIRM hoặc DISMISS) và version.");
        }
        StoredFinding changed = reviews.review(id, review.decision(), review.reason(), review.version(), "api");
        return views.toView(changed, LocalDate.now(clock));
    }

    @Operation(summary = "Tìm phát hiện theo đơn vị, mã luật, mức độ, trạng thái và khoảng ngày kiểm tra (tài khoản đơn vị: chỉ phát hiện của đơn vị mình)")
    @GetMapping
    Page search(@RequestParam(required = false) String unit,
                @RequestParam(required = false) String ruleId,
                @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) FindingStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        LocalDate today = LocalDate.now(clock);
        FindingStore.FindingPage found = findings.search(new FindingFilter(access.findingsUnit(unit), ruleId, severity, status, from, to), page, size);
        return new Page(found.content().stream().map(f -> views.toView(f, today)).toList(), found.totalElements(),
                found.page(), found.size());
    }
}
