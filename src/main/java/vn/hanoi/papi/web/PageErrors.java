package vn.hanoi.papi.web;

import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.hanoi.papi.evidence.EvidenceNotFoundException;
import vn.hanoi.papi.findings.store.FindingNotFoundException;
import vn.hanoi.papi.submissions.SubmissionNotFoundException;

/**
 * Errors of the web pages, as pages in Vietnamese (the API answers problem details instead): another unit's row or
 * an unknown one is "not found", a page of another role "forbidden", an address whose query string cannot be decoded
 * a "bad request", anything else a page with a reference number whose cause goes to the log. Expected refusals inside
 * a page (a stale review, a bad reason) are shown by the page itself, next to its form.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({FindingNotFoundException.class, SubmissionNotFoundException.class, EvidenceNotFoundException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    /**
     * A value of the address or of a form that does not fit its parameter ({@code ?severity=HUGE}, a missing
     * {@code unit}): a bad request naming the parameter; in the path itself it is an address that does not exist.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page(HttpStatus.NOT_FOUND, "error.notFound", null);
        }
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return page(HttpStatus.BAD_REQUEST, "error.badParameter", name);
    }

    /** A query string Tomcat cannot decode ({@code ?unit=%ZZ}): the address is wrong, not the server. */
    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView badQuery() {
        return page(HttpStatus.BAD_REQUEST, "error.badQuery", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    String signIn() {
        return "redirect:/login";
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error on a web page (reference {})", reference, e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.generic", reference);
    }

    private static ModelAndView page(HttpStatus status, String message, String reference) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", message);
        page.addObject("reference", reference);
        return page;
    }
}
