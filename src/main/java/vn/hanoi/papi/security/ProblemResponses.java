package vn.hanoi.papi.security;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals of the /api/** filter chain as RFC 9457 problem details in Vietnamese, like every other error of
 * the API: 401 (not signed in, or a wrong name or password, with {@code WWW-Authenticate}), 403 (signed in but not
 * allowed) and 413 (a body over the limit); and the requests refused before any controller, by Spring Security's
 * firewall or by Tomcat itself: a problem detail for the API, a short page in Vietnamese for the web pages.
 */
@Component
public class ProblemResponses {

    private static final Pattern MALICIOUS = Pattern.compile("potentially malicious String \"(.*)\"");

    private final JsonMapper json;
    private final PapiSecurityProperties properties;
    private final ApiRoutes routes;

    public ProblemResponses(JsonMapper json, PapiSecurityProperties properties, ApiRoutes routes) {
        this.json = json;
        this.properties = properties;
        this.routes = routes;
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

    /**
     * 403: signed in, but the role may not call this, or the row is outside the caller's scope. A call the API does
     * not have is told as such instead: 404 for an unknown address, 405 (with {@code Allow}) for another method.
     */
    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            if (!(e instanceof org.springframework.security.web.csrf.CsrfException) && !(e instanceof ScopeDeniedException)) {
                ApiRoutes.Verdict route = routes.of(request);
                if (route.kind() == ApiRoutes.Kind.UNKNOWN_PATH) {
                    write(request, response, HttpStatus.NOT_FOUND, "Không tìm thấy", "API không có địa chỉ "
                            + request.getRequestURI() + " (các địa chỉ có: /v3/api-docs).", "not-found");
                    return;
                }
                if (route.kind() == ApiRoutes.Kind.OTHER_METHOD) {
                    List<String> allowed = route.allowed().stream().map(HttpMethod::name).sorted().toList();
                    response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
                    write(request, response, HttpStatus.METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED,
                            methodNotAllowed(request.getMethod(), request.getRequestURI(), allowed), "method-not-allowed");
                    return;
                }
            }
            ProblemBody body = forbidden(request, e);
            // A page's call whose session (and so its CSRF token) has expired: the page asks to sign in again.
            String type = e instanceof org.springframework.security.web.csrf.CsrfException ? "session-expired" : "forbidden";
            write(request, response, HttpStatus.FORBIDDEN, body.title(), body.detail(), type);
        };
    }

    /** The title of a 405, here and for the methods Spring MVC refuses ({@code ApiProblems}). */
    public static final String METHOD_NOT_ALLOWED = "Phương thức không được hỗ trợ";

    /** The detail of a 405: the method, the address and the methods it takes. */
    public static String methodNotAllowed(String method, String uri, List<String> allowed) {
        return "Không dùng được phương thức " + method + " cho " + uri
                + (allowed.isEmpty() ? "." : "; chỉ nhận: " + String.join(", ", allowed) + ".");
    }

    /**
     * A request Spring Security's firewall (StrictHttpFirewall) refuses: a path with {@code ;}, {@code //}, an encoded
     * {@code .} or {@code %}, a control character, a header that is not printable, … Its message names the cause in
     * English; the usual ones are told in Vietnamese.
     */
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            Matcher malicious = MALICIOUS.matcher(reason);
            String path = "Đường dẫn " + request.getRequestURI();
            String detail = malicious.find() ? path + " chứa chuỗi không được phép \"" + malicious.group(1) + "\"."
                    : reason.contains("not normalized") ? path + " chưa được chuẩn hoá (có '//', '/./' hoặc '/../')."
                    : reason.contains("HTTP method") ? "Phương thức " + request.getMethod() + " không được phép."
                    : "Đường dẫn, tham số hoặc tiêu đề (header) của yêu cầu chứa ký tự không được phép.";
            refuse(request, response, HttpStatus.BAD_REQUEST, "Yêu cầu bị từ chối", detail, "request-rejected");
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

    /**
     * A refusal before any controller: a problem detail for /api/**, a short page in Vietnamese otherwise. When Tomcat
     * could not even read the request line (an unencoded {@code [} in the query), the path is unknown: the answer is
     * then the API's, whose clients send such requests (a browser encodes those characters).
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       String detail, String type) throws IOException {
        String uri = request.getRequestURI();
        if (uri == null || uri.equals("/api") || uri.startsWith("/api/")) {
            write(request, response, status, title, detail, type);
            return;
        }
        String page = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + html(title)
                + "</title></head><body><h1>" + html(title) + "</h1><p>" + html(detail)
                + "</p><p><a href=\"/\">Về trang đầu</a></p></body></html>";
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** Only the characters HTML needs escaped: the Vietnamese letters stay as they are (the page is UTF-8). */
    private static String html(String text) {
        return htmlEscape(text, "UTF-8");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail,
               String type) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:papi:problem:" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (request.getRequestURI() != null) {
            problem.put("instance", request.getRequestURI());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
