package vn.hanoi.papi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.hanoi.papi.security.ProblemResponses;

/**
 * The last resort for an error no handler answered — one raised in a filter before any controller, such as a form
 * whose body Spring Security cannot decode while it looks for the CSRF token. Boot's {@code /error} answers a page
 * (the application's Vietnamese {@code error.html}) or, for other clients, JSON in English ({@code "error": "Bad
 * Request"}); this keeps the page and answers the others with a problem detail in Vietnamese, like every other error
 * of the API.
 */
@Configuration(proxyBeanMethods = false)
class ErrorFallback {

    /** Replaces Boot's own (it backs off when an error controller is defined). */
    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
                                              ObjectProvider<ErrorViewResolver> viewResolvers) {
        return new ProblemErrorController(attributes, web, viewResolvers);
    }

    /** Boot's error controller, with its JSON answer as an RFC 9457 problem detail in Vietnamese. */
    static final class ProblemErrorController extends BasicErrorController {

        ProblemErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> viewResolvers) {
            super(attributes, web.getError(), viewResolvers.orderedStream().toList());
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            if (status == HttpStatus.NO_CONTENT) {
                return new ResponseEntity<>(status);
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", URI.create("urn:papi:problem:" + (status.is5xxServerError() ? "internal" : "http-" + status.value())));
            problem.put("title", title(status));
            problem.put("status", status.value());
            problem.put("detail", detail(status));
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (path != null) {
                problem.put("instance", path);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }

        static String title(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> "Yêu cầu không hợp lệ";
                case UNAUTHORIZED -> "Chưa đăng nhập";
                case FORBIDDEN -> "Không được phép";
                case NOT_FOUND -> "Không tìm thấy";
                case METHOD_NOT_ALLOWED -> ProblemResponses.METHOD_NOT_ALLOWED;
                case CONTENT_TOO_LARGE -> "Nội dung quá lớn";
                case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung không được hỗ trợ";
                default -> status.is5xxServerError() ? "Lỗi máy chủ" : "Yêu cầu không thực hiện được";
            };
        }

        static String detail(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> "Máy chủ không đọc được yêu cầu (ví dụ một tham số mã hóa sai sau dấu %); "
                        + "không có gì được lưu.";
                case UNAUTHORIZED -> "Cần đăng nhập (HTTP Basic cho /api/**).";
                case FORBIDDEN -> "Tài khoản này không được thực hiện yêu cầu này.";
                case NOT_FOUND -> "Không có địa chỉ hoặc dữ liệu này.";
                default -> status.is5xxServerError() ? "Đã có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, báo quản trị viên."
                        : "Yêu cầu không thực hiện được (HTTP " + status.value() + ").";
            };
        }
    }
}
