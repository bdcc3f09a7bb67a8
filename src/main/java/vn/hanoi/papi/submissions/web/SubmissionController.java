package vn.hanoi.papi.submissions.web;

import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.json.JsonErrors;
import vn.hanoi.papi.json.Utf8Json;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.submissions.SubmissionDetail;
import vn.hanoi.papi.submissions.SubmissionService;
import vn.hanoi.papi.submissions.SubmissionView;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/submissions")
class SubmissionController {

    private final SubmissionService submissions;
    private final AccessPolicy access;

    SubmissionController(SubmissionService submissions, AccessPolicy access) {
        this.submissions = submissions;
        this.access = access;
    }

    /** The raw body goes to the validator, which names every bad item (the same one as the command line). */
    @Operation(summary = "Gửi một phiếu kiểm tra: 201 khi lưu mới, 200 khi đã có (gửi lại), 409 khi trùng mã khác nội dung, "
            + "400 khi không hợp lệ, 403 khi đơn vị nằm ngoài phạm vi kiểm tra của tài khoản")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionView> submit(@RequestBody byte[] body, HttpServletRequest request) {
        requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        SubmissionService.Outcome outcome = submissions.submit(body, access.changedBy(request),
                s -> access.requireInspectorFor(s.unit()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.view());
    }

    /** JSON between systems is UTF-8 (RFC 8259): a body declared in another charset is refused, not misread. */
    private static void requireUtf8(MediaType type) {
        String charset = type.getParameter("charset");
        if (!Utf8Json.isUtf8(charset)) {
            throw new SubmissionRejectedException(List.of(new ValidationError(HttpHeaders.CONTENT_TYPE,
                    "phiếu phải gửi dạng JSON mã hóa UTF-8 (RFC 8259); không nhận charset=" + JsonErrors.excerpt(charset))));
        }
    }

    @Operation(summary = "Một phiếu kiểm tra như đã lưu (submission: nguyên văn phiếu đã gửi) và các phát hiện của nó "
            + "(tài khoản đơn vị: chỉ phiếu của đơn vị mình, 404 với phiếu khác)")
    @GetMapping("/{submissionId}")
    SubmissionDetail get(@PathVariable String submissionId) {
        return submissions.detail(submissionId, access::canRead);
    }
}
