package vn.hanoi.papi.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may open which web page, in one table (the pages' data comes from the same services as the API, with the
 * same row-level checks of {@link AccessPolicy}). Anything not listed needs a signed-in account.
 */
final class PageAccessRules {

    private PageAccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages
                .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/swagger-ui.html", "/swagger-ui/**").permitAll()
                // The checklist pages (and their offline copy) are the inspection team's.
                .requestMatchers("/kiem-tra", "/kiem-tra/**").hasRole(Role.INSPECTOR.name())
                // The findings pages: read by the desk roles and (its own only) the unit; each move is a form post
                // of the role the finding's lifecycle names (FindingTransition): review and verify are the reviewer's,
                // the remedy the unit's (its own findings only: AccessPolicy).
                .requestMatchers(HttpMethod.POST, "/phat-hien/*/xem-xet", "/phat-hien/*/xac-minh")
                .hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.POST, "/phat-hien/*/khac-phuc").hasRole(Role.UNIT.name())
                .requestMatchers("/phat-hien", "/phat-hien/**")
                .hasAnyRole(Role.REVIEWER.name(), Role.UNIT.name(), Role.NOI_VU.name(), Role.ADMIN.name())
                // The dashboard's forms record the plan tasks' status: Sở Nội vụ's alone, as in the API.
                .requestMatchers(HttpMethod.POST, "/tong-hop/**").hasRole(Role.NOI_VU.name())
                .requestMatchers("/tong-hop", "/tong-hop/**")
                .hasAnyRole(Role.NOI_VU.name(), Role.REVIEWER.name(), Role.ADMIN.name())
                .anyRequest().authenticated();
    }
}
