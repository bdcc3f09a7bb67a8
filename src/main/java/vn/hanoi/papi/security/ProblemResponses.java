package vn.hanoi.papi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals of the /api/** filter chain as RFC 9457 problem details in Vietnamese, like every other error of
 * the API: 401 (not signed in, or a wrong name or password, with {@code WWW-Authenticate}), 403 (signed in but not
 * allowed) and 413 (a body over the limit).
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;
    private final PapiSecurityProperties properties;

    public ProblemResponses(JsonMapper json, PapiSecurityProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    /** 401 for /api/**: Basic or Bearer, as the mode says. */
    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            boolean jwt = properties.mode() == PapiSecurityProperties.Mode.JWT;
            boolean anonymous = e instanceof InsufficientAuthenticationException;
            String challenge = jwt ? (e instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer")
                    : "Basic realm=\"papi\", charset=\"UTF-8\"";
            // A web page's script says so (X-Requested-With): without a challenge, so that the browser does not pop
            // up its own sign-in dialog over the page, which asks the user to sign in again its own way.
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            write(request, response, HttpStatus.UNAUTHORIZED, anonymous ? "Chưa đăng nhập" : "Đăng nhập không thành công",
                    anonymous ? "Cần đăng nhập để gọi " + request.getRequestURI()
                            + (jwt ? " (mã truy cập: Authorization: Bearer …)." : " (HTTP Basic: tên đăng nhập và mật khẩu).")
                            : jwt ? "Mã truy cập không hợp lệ hoặc đã hết hạn."
                            : "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khoá.",
                    "unauthenticated");
        };
    }

    /** 403: signed in, but the role may not call this, or the row is outside the caller's scope. */
    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            ProblemBody body = forbidden(request, e);
            // A page's call whose session (and so its CSRF token) has expired: the page asks to sign in again.
            String type = e instanceof org.springframework.security.web.csrf.CsrfException ? "session-expired" : "forbidden";
            write(request, response, HttpStatus.FORBIDDEN, body.title(), body.detail(), type);
        };
    }

    record ProblemBody(String title, String detail) {
    }

    static ProblemBody forbidden(HttpServletRequest request, AccessDeniedException e) {
        String who = request.getUserPrincipal() == null ? "" : " '" + request.getUserPrincipal().getName() + "'";
        if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            return new ProblemBody("Phiên làm việc không hợp lệ", "Yêu cầu từ trang web thiếu hoặc sai mã chống giả mạo "
                    + "(CSRF), thường do phiên đăng nhập đã hết hạn: hãy đăng nhập lại rồi gửi lại.");
        }
        String detail = e instanceof ScopeDeniedException ? e.getMessage()
                : "Tài khoản" + who + " không được phép gọi " + request.getMethod() + " " + request.getRequestURI() + ".";
        return new ProblemBody("Không có quyền", detail);
    }

    static ProblemBody unauthenticated() {
        return new ProblemBody("Chưa đăng nhập", "Cần đăng nhập để gọi API này.");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail,
               String type) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:papi:problem:" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
