package vn.hanoi.papi.submissions.web;

import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.json.JsonErrors;
import vn.hanoi.papi.json.Utf8Json;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.submissions.SubmissionDetail;
import vn.hanoi.papi.submissions.SubmissionService;
import vn.hanoi.papi.submissions.SubmissionView;
import vn.hanoi.papi.submissions.web.SubmissionSchemas.Problem;
import vn.hanoi.papi.submissions.web.SubmissionSchemas.SubmissionDocument;
import vn.hanoi.papi.submissions.web.SubmissionSchemas.SubmissionProblem;

import static vn.hanoi.papi.submissions.web.SubmissionSchemas.JSON;
import static vn.hanoi.papi.submissions.web.SubmissionSchemas.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
            + "400 khi không hợp lệ, 403 khi đơn vị nằm ngoài phạm vi kiểm tra của tài khoản",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmissionDocument.class))))
    @ApiResponse(responseCode = "201", description = "Phiếu được lưu, với các phát hiện",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmissionView.class)))
    @ApiResponse(responseCode = "200", description = "Phiếu này đã được lưu trước đó (gửi lại): kết quả đã lưu",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmissionView.class)))
    @ApiResponse(responseCode = "400", description = "Phiếu không hợp lệ hoặc không đọc được; không có gì được lưu",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = SubmissionProblem.class)))
    @ApiResponse(responseCode = "401", description = "Chưa đăng nhập",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Không phải đoàn kiểm tra, hoặc đơn vị ngoài phạm vi của tài khoản",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Mã phiếu đã dùng cho một phiếu có nội dung khác; không có gì thay đổi",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionView> submit(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        // An empty body is the validator's to refuse, in its words, like any other document that is no submission.
        byte[] document = body == null ? new byte[0] : body;
        SubmissionService.Outcome outcome = submissions.submit(document, access.changedBy(request),
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
    @ApiResponse(responseCode = "200", description = "Phiếu và các phát hiện",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmissionDetail.class)))
    @ApiResponse(responseCode = "401", description = "Chưa đăng nhập",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Vai trò không được đọc phiếu",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Không có phiếu này, hoặc phiếu của đơn vị khác (tài khoản đơn vị)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @GetMapping("/{submissionId}")
    SubmissionDetail get(@PathVariable String submissionId) {
        return submissions.detail(submissionId, access::canRead);
    }
}
