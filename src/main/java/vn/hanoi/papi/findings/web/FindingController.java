package vn.hanoi.papi.findings.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.hanoi.papi.findings.store.Assignment;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.ChangedBy;
import vn.hanoi.papi.findings.store.FindingFilter;
import vn.hanoi.papi.findings.store.FindingNotFoundException;
import vn.hanoi.papi.findings.store.FindingReviews;
import vn.hanoi.papi.findings.store.FindingStore;
import vn.hanoi.papi.findings.store.FindingView;
import vn.hanoi.papi.findings.store.FindingViewMapper;
import vn.hanoi.papi.findings.store.FollowUpOrders;
import vn.hanoi.papi.findings.store.InvalidReviewException;
import vn.hanoi.papi.findings.store.ReviewDecision;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.findings.store.VerificationDecision;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.web.InvalidRequestException;
import vn.hanoi.papi.web.UnknownFields;

@RestController
@RequestMapping("/api/findings")
@Validated
class FindingController {

    private final FindingStore findings;
    private final FindingReviews reviews;
    private final FollowUpOrders followUps;
    private final AuditTrail audit;
    private final FindingViewMapper views;
    private final Clock clock;
    private final AccessPolicy access;

    FindingController(FindingStore findings, FindingReviews reviews, FollowUpOrders followUps, AuditTrail audit,
                      FindingViewMapper views, Clock clock, AccessPolicy access) {
        this.findings = findings;
        this.reviews = reviews;
        this.followUps = followUps;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
        this.access = access;
    }

    /** A page of findings: {@code {content, totalElements, page, size}}. */
    public record Page(List<FindingView> content, long totalElements, int page, int size) {
    }

    /**
     * The reviewer's decision, on the version they saw. Like the other bodies below, it collects the fields it does
     * not have in {@code unknown}, to refuse them by name.
     */
    public record Review(ReviewDecision decision, String reason, Long version,
                         @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    }

    /** The unit's remedy: what it did, photos of the finding's submission, on the version it saw. */
    public record RemediationReport(String note, List<String> evidence, Long version,
                                    @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    }

    /** The reviewer's check of the remedy, on the version they saw. */
    public record Verification(VerificationDecision decision, String reason, Long version,
                               @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    }

    /** A follow-up inspection to order. */
    public record FollowUp(String inspector, LocalDate dueBy,
                           @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
    }

    @Operation(summary = "Xác nhận hoặc bác bỏ (có lý do) một phát hiện đang OPEN; 409 khi phiên bản đã cũ hoặc trạng thái không cho phép")
    @PostMapping("/{id}/review")
    FindingView review(@PathVariable String id, @RequestBody Review review, HttpServletRequest request) {
        refuseUnknown(review.unknown());
        if (review.decision() == null || review.version() == null) {
            throw new InvalidReviewException("Cần decision (CONFIRM hoặc DISMISS) và version.");
        }
        return view(reviews.review(id, review.decision(), review.reason(), review.version(), by(request)));
    }

    @Operation(summary = "Đơn vị báo cáo khắc phục (ghi chú và ảnh minh chứng của chính phiếu kiểm tra) cho phát hiện CONFIRMED hoặc REOPENED")
    @PostMapping("/{id}/remediation")
    FindingView remediation(@PathVariable String id, @RequestBody RemediationReport report, HttpServletRequest request) {
        refuseUnknown(report.unknown());
        if (report.version() == null) {
            throw new InvalidReviewException("Cần note, evidence (mã ảnh minh chứng) và version.");
        }
        readable(id);                                                   // a unit remedies only its own findings
        return view(reviews.submitRemediation(id, report.note(), report.evidence(), report.version(), by(request)));
    }

    @Operation(summary = "Kiểm tra kết quả khắc phục: đóng (CLOSE) hoặc mở lại (REOPEN, có lý do) phát hiện REMEDIATION_SUBMITTED")
    @PostMapping("/{id}/verification")
    FindingView verification(@PathVariable String id, @RequestBody Verification verification, HttpServletRequest request) {
        refuseUnknown(verification.unknown());
        if (verification.decision() == null || verification.version() == null) {
            throw new InvalidReviewException("Cần decision (CLOSE hoặc REOPEN) và version.");
        }
        return view(reviews.verify(id, verification.decision(), verification.reason(), verification.version(),
                by(request)));
    }

    @Operation(summary = "Một phát hiện, với trạng thái, phiên bản và kết quả khắc phục gần nhất")
    @GetMapping("/{id}")
    FindingView get(@PathVariable String id) {
        return view(readable(id));
    }

    @Operation(summary = "Nhật ký thay đổi của một phát hiện, cũ trước mới sau")
    @GetMapping("/{id}/audit")
    List<AuditEvent> audit(@PathVariable String id) {
        readable(id);                                                   // 404 for an unknown or another unit's finding
        return audit.ofFinding(id);
    }

    @Operation(summary = "Ra lệnh kiểm tra lại một phát hiện đã xác nhận (giao cho một người kiểm tra, có hạn): 201; "
            + "200 khi đã ra đúng lệnh này; 409 khi phát hiện không ở CONFIRMED, REOPENED hoặc REMEDIATION_SUBMITTED")
    @PostMapping("/{id}/follow-up")
    ResponseEntity<Assignment> followUp(@PathVariable String id, @RequestBody FollowUp order, HttpServletRequest request) {
        refuseUnknown(order.unknown());
        FollowUpOrders.Outcome outcome = followUps.order(id, order.inspector(), order.dueBy(), by(request));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.assignment());
    }

    @Operation(summary = "Tìm phát hiện theo đơn vị, mã luật, mức độ, trạng thái, quá hạn và khoảng ngày kiểm tra "
            + "(tài khoản đơn vị: chỉ phát hiện của đơn vị mình); 400 khi từ ngày (from) sau đến ngày (to)")
    @GetMapping
    Page search(@RequestParam(required = false) String unit,
                @RequestParam(required = false) String ruleId,
                @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) FindingStatus status,
                @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("Tham số tìm phát hiện không hợp lệ", List.of(new ValidationError("from",
                    "từ ngày (from) " + from + " sau đến ngày (to) " + to)));
        }
        LocalDate today = LocalDate.now(clock);
        FindingStore.FindingPage found = findings.search(
                new FindingFilter(access.findingsUnit(unit), ruleId, severity, status, from, to, overdue, today), page, size);
        return new Page(found.content().stream().map(f -> views.toView(f, today)).toList(), found.totalElements(),
                found.page(), found.size());
    }

    /** A field the body's format does not have is refused by name (400), as in a submission: a typo changes nothing. */
    private static void refuseUnknown(Map<String, Object> unknown) {
        List<ValidationError> errors = UnknownFields.of(unknown, "", "định dạng yêu cầu");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nội dung yêu cầu không hợp lệ", errors);
        }
    }

    private FindingView view(StoredFinding finding) {
        return views.toView(finding, LocalDate.now(clock));
    }

    /** The finding, if the caller may read its unit's rows; another unit's is not found, as if it did not exist. */
    private StoredFinding readable(String id) {
        StoredFinding finding = reviews.get(id);
        access.requireReadable(finding.unit(), () -> new FindingNotFoundException(id));
        return finding;
    }

    private ChangedBy by(HttpServletRequest request) {
        return access.changedBy(request);
    }
}
