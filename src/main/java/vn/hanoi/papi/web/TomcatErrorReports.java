package vn.hanoi.papi.web;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.security.ProblemResponses;

/**
 * Tomcat's own error answers — for requests it refuses before the application sees them, such as a path with
 * {@code %00} or an encoded {@code /} — in Vietnamese like every other error: a problem detail for /api/**, a short
 * page otherwise, instead of Tomcat's English HTML page. Boot puts a plain {@link ErrorReportValve} on the host; this
 * replaces it, so it runs after Boot's customizer (order 0).
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    /** Asked for only when an error is written: the JSON mapper is not built early for the web server's sake. */
    private final ObjectProvider<ProblemResponses> problems;

    TomcatErrorReports(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new VietnameseErrorReport(problems));
            // Otherwise the host adds a plain ErrorReportValve of its own when it starts.
            host.setErrorReportValveClass(VietnameseErrorReport.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class VietnameseErrorReport extends ErrorReportValve {

        private final ObjectProvider<ProblemResponses> problems;

        VietnameseErrorReport(ObjectProvider<ProblemResponses> problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            HttpStatus known = HttpStatus.resolve(status);
            // As ErrorReportValve does: only an error whose body nobody has written, once, while the client listens.
            if (status < 400 || known == null || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                String uri = request.getRequestURI();
                problems.getObject().refuse(request, response, known, title(known), detail(known, uri), type(known));
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client has gone, or the response can no longer be written: nothing more to tell.
            }
        }

        private static String title(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> "Yêu cầu không hợp lệ";
                case NOT_FOUND -> "Không tìm thấy";
                case CONTENT_TOO_LARGE -> "Nội dung yêu cầu quá lớn";
                case INTERNAL_SERVER_ERROR -> "Lỗi máy chủ";
                default -> "Yêu cầu không được xử lý";
            };
        }

        /** Tomcat says nothing of why it refused; for a 400 the path usually shows it. */
        private static String detail(HttpStatus status, String uri) {
            String path = uri == null ? "" : uri.toUpperCase(Locale.ROOT);
            if (status == HttpStatus.BAD_REQUEST && path.contains("%00")) {
                return "Đường dẫn " + uri + " chứa ký tự rỗng (%00), không được phép.";
            }
            if (status == HttpStatus.BAD_REQUEST && (path.contains("%2F") || path.contains("%5C"))) {
                return "Đường dẫn " + uri + " chứa dấu '/' hoặc '\\' đã mã hoá (%2F, %5C), không được phép.";
            }
            if (status == HttpStatus.BAD_REQUEST) {
                return "Máy chủ không đọc được yêu cầu: đường dẫn hoặc chuỗi truy vấn chứa ký tự không hợp lệ "
                        + "(các ký tự như dấu cách, [ ] { } | phải được mã hoá %), hoặc yêu cầu sai định dạng HTTP.";
            }
            return "Máy chủ không xử lý được yêu cầu (mã HTTP " + status.value() + ").";
        }

        private static String type(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> "bad-request";
                case NOT_FOUND -> "not-found";
                case CONTENT_TOO_LARGE -> "request-too-large";
                case INTERNAL_SERVER_ERROR -> "server-error";
                default -> "http-" + status.value();
            };
        }
    }
}
