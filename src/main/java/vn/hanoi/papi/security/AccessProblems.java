package vn.hanoi.papi.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Row-level refusals raised inside a controller (an inspector outside its scope, an account without the role):
 * the same 401/403 problem details as the filter chain's, answered before any catch-all handler sees them.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        ProblemResponses.ProblemBody body = ProblemResponses.forbidden(request, e);
        return problem(HttpStatus.FORBIDDEN, body, "forbidden");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, ProblemResponses.unauthenticated(), "unauthenticated");
    }

    private static ProblemDetail problem(HttpStatus status, ProblemResponses.ProblemBody body, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, body.detail());
        problem.setTitle(body.title());
        problem.setType(URI.create("urn:papi:problem:" + type));
        return problem;
    }
}
