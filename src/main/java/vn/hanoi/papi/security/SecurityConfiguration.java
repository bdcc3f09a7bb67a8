package vn.hanoi.papi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Sign-in. {@code /api/**}: stateless, no CSRF (no cookies), HTTP Basic against the {@code users} collection — or,
 * with {@code papi.security.mode: jwt}, the bearer tokens of an OIDC provider — and the role table of
 * {@link ApiAccessRules}. Everything else (the web pages to come): a login form and a session; the health check
 * and the OpenAPI document stay public. Passwords are bcrypt hashes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PapiSecurityProperties.class)
class SecurityConfiguration {

    /** Spring Security's own filter chain runs at order -100: the size limit goes before it. */
    private static final int BODY_LIMIT_ORDER = -200;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /** The users collection with a bcrypt check, remembered for a short time (see {@link CachingAuthenticationProvider}). */
    @Bean
    AuthenticationProvider papiAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder,
                                                      PapiSecurityProperties properties) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        dao.setPasswordEncoder(encoder);
        return new CachingAuthenticationProvider(dao, properties.authCache());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationProvider provider, ProblemResponses problems,
                                    PapiSecurityProperties properties, ObjectProvider<JwtDecoder> decoders)
            throws Exception {
        http.securityMatcher("/api/**")
                // The web pages call the API with their sign-in session (never created here): those calls carry the
                // page's CSRF token; calls with their own credentials (HTTP Basic, a bearer token) need none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SessionCalls::needCsrfToken))
                .securityContext(context -> context.securityContextRepository(SessionCalls.contextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(ApiAccessRules::apply)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()));
        if (properties.mode() == PapiSecurityProperties.Mode.JWT) {
            JwtDecoder decoder = decoders.getIfAvailable();
            if (decoder == null) {
                throw new UnsafeSecurityConfigurationException("Từ chối khởi động: papi.security.mode=jwt cần nhà cung cấp "
                        + "OIDC: đặt spring.security.oauth2.resourceserver.jwt.issuer-uri (hoặc jwk-set-uri).");
            }
            http.httpBasic(basic -> basic.disable())
                    .oauth2ResourceServer(oauth -> oauth
                            .jwt(jwt -> jwt.decoder(decoder)
                                    .jwtAuthenticationConverter(new JwtCallerConverter(properties.jwt())))
                            .authenticationEntryPoint(problems.entryPoint())
                            .accessDeniedHandler(problems.accessDeniedHandler()));
        } else {
            http.authenticationManager(manager(provider))
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()));
        }
        return http.build();
    }

    /**
     * Web pages: our Vietnamese sign-in page at /login against the same users, a session, CSRF tokens on every form.
     * Which role sees which page is {@link PageAccessRules}'s table.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationProvider provider) throws Exception {
        http.authenticationManager(manager(provider))
                .authorizeHttpRequests(PageAccessRules::apply)
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A form whose CSRF token no longer matches was filled in a session that has ended (or before a new
                // sign-in): say so on the sign-in page rather than "this page is not yours".
                .exceptionHandling(errors -> errors.accessDeniedHandler(new DelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(CsrfException.class, (request, response, denied) ->
                                response.sendRedirect(request.getContextPath() + "/login?expired"))),
                        new AccessDeniedHandlerImpl())));
        return http.build();
    }

    /** Picked up by Spring Security for its firewall's refusals (otherwise Boot's English error body). */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.requestRejectedHandler();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(PapiSecurityProperties properties,
                                                                    ProblemResponses problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxBodySize(), problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    private static AuthenticationManager manager(AuthenticationProvider provider) {
        return new ProviderManager(provider);
    }
}
