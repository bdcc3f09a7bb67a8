package vn.hanoi.papi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.checklist.store.TemplateNotFoundException;
import vn.hanoi.papi.findings.store.FindingNotFoundException;
import vn.hanoi.papi.findings.store.InvalidReviewException;
import vn.hanoi.papi.findings.store.ReviewConflictException;
import tools.jackson.core.JacksonException;
import vn.hanoi.papi.rules.RuleBuildException;
import vn.hanoi.papi.security.ProblemResponses;
import vn.hanoi.papi.units.UnitRegistryException;
import vn.hanoi.papi.evidence.EvidenceNotFoundException;
import vn.hanoi.papi.evidence.EvidenceProperties;
import vn.hanoi.papi.evidence.EvidenceTooLargeException;
import vn.hanoi.papi.evidence.InvalidEvidenceException;
import vn.hanoi.papi.evidence.UnsupportedEvidenceTypeException;
import vn.hanoi.papi.submissions.SubmissionConflictException;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;

/** Errors as RFC 9457 problem details, in Vietnamese, without stack traces. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(SubmissionRejectedException.class)
    ProblemDetail rejected(SubmissionRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Phiếu kiểm tra không hợp lệ",
                "Phiếu có " + e.errors().size() + " lỗi; không có gì được lưu.", "submission-invalid");
        return withErrors(problem, e.errors());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e, HttpServletRequest request) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, e.getMessage(),
                e.errors().size() + " lỗi" + nothingStored(request), "request-invalid"), e.errors());
    }

    @ExceptionHandler(UnitRegistryException.class)
    ProblemDetail registry(UnitRegistryException e) {
        return problem(HttpStatus.BAD_REQUEST, "Danh mục đơn vị không hợp lệ", e.getMessage() + "; không có gì được lưu.",
                "units-invalid");
    }

    /**
     * A JSON body Spring could not read: Jackson's error inside, or none when the body was empty ("Required request
     * body is missing").
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException json) {
            return unreadable(json, request);
        }
        ValidationError error = e.getCause() == null ? JsonReadErrors.empty()
                : new ValidationError(JsonReadErrors.WHOLE_BODY, "không đọc được nội dung yêu cầu");
        return refusedBody(error, request);
    }

    /** Also a body that a controller maps itself (from a {@code JsonNode} to its type). */
    @ExceptionHandler(JacksonException.class)
    ProblemDetail unreadable(JacksonException e, HttpServletRequest request) {
        ValidationError error = JsonReadErrors.describe(e);
        // A body that is a list (POST /api/units takes one unit or a list) is named after the collection:
        // units[0].code, not [0].code.
        if (error.item().startsWith("[")) {
            String uri = request.getRequestURI();
            error = new ValidationError(uri.substring(uri.lastIndexOf('/') + 1) + error.item(), error.message());
        }
        return refusedBody(error, request);
    }

    private static ProblemDetail refusedBody(ValidationError error, HttpServletRequest request) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Nội dung không đọc được",
                error + nothingStored(request), "unreadable"), List.of(error));
    }

    @ExceptionHandler(RuleBuildException.class)
    ProblemDetail rulesRefused(RuleBuildException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Bộ luật mới bị từ chối",
                "Bộ luật có " + e.problems().size() + " lỗi; bộ luật đang dùng được giữ nguyên.", "rules-invalid");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(SubmissionConflictException.class)
    ProblemDetail conflict(SubmissionConflictException e) {
        return problem(HttpStatus.CONFLICT, "Trùng mã phiếu", e.getMessage(), "submission-conflict");
    }

    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail reviewConflict(ReviewConflictException e) {
        return problem(HttpStatus.CONFLICT, "Xung đột trạng thái phát hiện", e.getMessage(), "review-conflict");
    }

    @ExceptionHandler(vn.hanoi.papi.plan.store.PlanConflictException.class)
    ProblemDetail planConflict(vn.hanoi.papi.plan.store.PlanConflictException e) {
        return problem(HttpStatus.CONFLICT, "Xung đột phiên bản nhiệm vụ", e.getMessage(), "plan-conflict");
    }

    @ExceptionHandler(vn.hanoi.papi.plan.store.PlanTaskNotFoundException.class)
    ProblemDetail planTaskNotFound(vn.hanoi.papi.plan.store.PlanTaskNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), "not-found");
    }

    @ExceptionHandler(InvalidReviewException.class)
    ProblemDetail badRequest(InvalidReviewException e) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", e.getMessage(), "bad-request");
    }

    @ExceptionHandler({SubmissionNotFoundException.class, FindingNotFoundException.class,
            TemplateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), "not-found");
    }

    @ExceptionHandler(EvidenceNotFoundException.class)
    ProblemDetail evidenceNotFound(EvidenceNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), "not-found");
    }

    @ExceptionHandler(EvidenceTooLargeException.class)
    ProblemDetail evidenceTooLarge(EvidenceTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Ảnh quá lớn", e.getMessage(), "evidence-too-large");
    }

    @ExceptionHandler(UnsupportedEvidenceTypeException.class)
    ProblemDetail evidenceType(UnsupportedEvidenceTypeException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng ảnh không được chấp nhận", e.getMessage(),
                "evidence-type");
    }

    @ExceptionHandler(InvalidEvidenceException.class)
    ProblemDetail evidenceInvalid(InvalidEvidenceException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ảnh minh chứng không hợp lệ", e.getMessage(), "evidence-invalid");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return badParameters(List.of(new ValidationError(e.getName(), "có giá trị không hợp lệ: " + e.getValue())));
    }

    /** A parameter out of its bounds ({@code @Min}, {@code @Max}…: the texts are in ValidationMessages.properties). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail badParameter(ConstraintViolationException e) {
        return badParameters(e.getConstraintViolations().stream()
                .map(v -> new ValidationError(parameter(v.getPropertyPath()),
                        v.getMessage() + " (nhận " + v.getInvalidValue() + ")"))
                .sorted(Comparator.comparing(ValidationError::item)).toList());
    }

    /**
     * A query string Tomcat cannot decode (a bad percent-escape: {@code unit=%ZZ}, or bytes that are not UTF-8), found
     * when a parameter is first asked for: the part of the query at fault is named.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badQuery(InvalidParameterException e, HttpServletRequest request) {
        String query = String.valueOf(request.getQueryString());
        String part = Arrays.stream(query.split("&")).filter(p -> !decodable(p)).findFirst().orElse(query);
        String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
        return badParameters(List.of(new ValidationError(name, "không giải mã được trong chuỗi truy vấn '" + part
                + "': sau '%' phải là hai chữ số thập lục phân, tạo thành ký tự UTF-8 (ví dụ %20, %C3%A1)")));
    }

    private static ProblemDetail badParameters(List<ValidationError> errors) {
        String detail = "Tham số " + errors.stream().map(e -> "'" + e.item() + "' " + e.message())
                .collect(Collectors.joining("; ")) + ".";
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ", detail, "bad-parameter"), errors);
    }

    /** A method parameter's name without the method's ({@code search.page} → {@code page}). */
    private static String parameter(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
                names.add(node.toString());
            }
        }
        return String.join(".", names);
    }

    /** Whether a part of a query decodes: its escapes are hexadecimal and make UTF-8 (no replacement character). */
    private static boolean decodable(String queryPart) {
        try {
            return URLDecoder.decode(queryPart, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spring's own multipart errors. Boot's problem-details handler (order 0) answers these in English; this
     * advice goes before it, and only for these, so that the other answers stay as they are. Not limited to
     * {@code @RestController}s like the others: a body over the multipart limit is refused while the request is read,
     * before any handler is chosen, so a limited advice would never see it (only the API takes uploads).
     */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class UploadProblems {

        private final EvidenceProperties evidence;

        UploadProblems(EvidenceProperties evidence) {
            this.evidence = evidence;
        }

        /** Over Spring's multipart limit, set a little above ours: the request was cut short before our check. */
        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Ảnh quá lớn", "Tệp tải lên vượt quá giới hạn "
                    + evidence.maxSizeText() + " cho mỗi ảnh; không có gì được lưu.", "evidence-too-large");
        }

        @ExceptionHandler(MissingServletRequestPartException.class)
        ProblemDetail missingPart(MissingServletRequestPartException e) {
            return problem(HttpStatus.BAD_REQUEST, "Thiếu tệp ảnh",
                    "Yêu cầu không có phần '" + e.getRequestPartName() + "' chứa tệp ảnh.", "evidence-invalid");
        }

        @ExceptionHandler(MultipartException.class)
        ProblemDetail badMultipart(MultipartException e) {
            return problem(HttpStatus.BAD_REQUEST, "Yêu cầu tải lên không hợp lệ",
                    "Không đọc được nội dung multipart/form-data của yêu cầu.", "evidence-invalid");
        }
    }

    /**
     * A request no handler takes as it is: another method (405, with {@code Allow}), a body of a type not read (415,
     * with {@code Accept}), an answer in a format not written (406). Spring finds most of these while it chooses the
     * handler, so this advice, like {@link UploadProblems}, is not limited to {@code @RestController}s; it goes before
     * Boot's problem-details handler, which would answer in English.
     */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ProtocolProblems {

        /**
         * The API answers a problem detail; a web page opened with a method it does not take — typically the address
         * of a form's answer opened again — the Vietnamese error page (through Boot's {@code /error}).
         */
        @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
        ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                                             HttpServletResponse response) throws IOException {
            if (isPage(request)) {
                e.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
                return null;
            }
            String[] allowed = e.getSupportedMethods();
            String detail = ProblemResponses.methodNotAllowed(e.getMethod(), request.getRequestURI(),
                    allowed == null ? List.of() : List.of(allowed));
            return answer(e, problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemResponses.METHOD_NOT_ALLOWED, detail,
                    "method-not-allowed"));
        }

        @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
        ResponseEntity<ProblemDetail> contentType(HttpMediaTypeNotSupportedException e) {
            String given = e.getContentType() == null ? "Yêu cầu không có Content-Type"
                    : "Kiểu nội dung (Content-Type) '" + e.getContentType() + "' không được nhận";
            return answer(e, problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ",
                    given + "; chỉ nhận: " + MediaType.toString(e.getSupportedMediaTypes()) + ".",
                    "unsupported-media-type"));
        }

        @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
        ResponseEntity<ProblemDetail> accept(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
            return answer(e, problem(HttpStatus.NOT_ACCEPTABLE, "Không có định dạng phù hợp",
                    "Không trả lời được theo định dạng yêu cầu (Accept: " + request.getHeader(HttpHeaders.ACCEPT)
                            + "); định dạng có: " + MediaType.toString(e.getSupportedMediaTypes()) + ".",
                    "not-acceptable"));
        }

        /** A browser's request for a page: not under /api, and HTML accepted. */
        private static boolean isPage(HttpServletRequest request) {
            String uri = request.getRequestURI();
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            return uri != null && !uri.equals("/api") && !uri.startsWith("/api/") && accept != null
                    && accept.contains(MediaType.TEXT_HTML_VALUE);
        }

        /** The status and headers Spring chose ({@code Allow}, {@code Accept}), with our body. */
        private static ResponseEntity<ProblemDetail> answer(ErrorResponse e, ProblemDetail body) {
            return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(body);
        }
    }

    /**
     * Anything no other handler answers (Spring's own exceptions go to Boot's problem-details handler first): a 500
     * whose body says nothing of the cause; the cause goes to the log under a reference the body gives.
     */
    @RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class UnexpectedProblems {

        private static final Logger LOG = LoggerFactory.getLogger(UnexpectedProblems.class);

        @ExceptionHandler(Exception.class)
        ProblemDetail unexpected(Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error (reference {})", reference, e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi máy chủ",
                    "Đã có lỗi không mong muốn khi xử lý yêu cầu (mã tra cứu " + reference + "). Hãy thử lại; nếu vẫn lỗi, "
                            + "báo quản trị viên mã tra cứu này.", "server-error");
        }
    }

    /** "; nothing was stored" after a refused write; a read (GET) stores nothing anyway. */
    private static String nothingStored(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()) ? "."
                : "; không có gì được lưu.";
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<ValidationError> errors) {
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("item", error.item(), "message", error.message())).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:papi:problem:" + type));
        return problem;
    }
}
