package vn.hanoi.papi.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Calls of /api/** made by the web pages: they carry the page's sign-in session (a cookie) instead of credentials.
 * The API reads that session but never creates one, and asks such calls for the page's CSRF token, as a cookie is
 * sent by the browser whoever built the request. Calls with an {@code Authorization} header need no token.
 */
final class SessionCalls {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SessionCalls() {
    }

    static boolean needCsrfToken(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }

    /** The request's own sign-in first (HTTP Basic, bearer token), else the web page's session, which is never created. */
    static SecurityContextRepository contextRepository() {
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setAllowSessionCreation(false);
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), session);
    }
}
