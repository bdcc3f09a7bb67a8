package vn.hanoi.papi.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether a call the API's rules refuse exists at all — for the answer only, never for the decision: the rules deny
 * whatever they do not name, and a caller is told 404 for an address the API does not have and 405 (with
 * {@code Allow}) for a method its address does not take, rather than "not allowed".
 */
@Component
class ApiRoutes {

    enum Kind { EXISTS, UNKNOWN_PATH, OTHER_METHOD }

    /** What the request names; {@code allowed}: the methods its address takes, for {@link Kind#OTHER_METHOD}. */
    record Verdict(Kind kind, Set<HttpMethod> allowed) {
        static final Verdict EXISTS = new Verdict(Kind.EXISTS, Set.of());
    }

    private final ObjectProvider<RequestMappingHandlerMapping> controllers;

    ApiRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) {
        this.controllers = controllers;
    }

    Verdict of(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = controllers.getIfAvailable();
        if (mapping == null) {
            return Verdict.EXISTS;
        }
        // The mapping reads the parsed path from the request; the security filters run before Spring MVC parses it.
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mapping.getHandler(request) == null ? new Verdict(Kind.UNKNOWN_PATH, Set.of()) : Verdict.EXISTS;
        } catch (HttpRequestMethodNotSupportedException otherMethod) {
            Set<HttpMethod> allowed = otherMethod.getSupportedHttpMethods();
            return new Verdict(Kind.OTHER_METHOD, allowed == null ? Set.of() : allowed);
        } catch (Exception unreadable) {               // another media type and the like: the address exists
            return Verdict.EXISTS;
        } finally {
            if (parsed == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
            }
        }
    }
}
