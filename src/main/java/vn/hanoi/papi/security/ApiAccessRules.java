package vn.hanoi.papi.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which endpoint of /api/** (the spec's HTTP API table), in one table. Row-level limits (an
 * inspector's scope, a unit's own rows) are checked by {@link AccessPolicy}. Anything not listed is refused: a new
 * endpoint needs its line here.
 */
final class ApiAccessRules {

    private static final String INSPECTOR = Role.INSPECTOR.name();
    private static final String REVIEWER = Role.REVIEWER.name();
    private static final String UNIT = Role.UNIT.name();
    private static final String NOI_VU = Role.NOI_VU.name();
    private static final String ADMIN = Role.ADMIN.name();

    private ApiAccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api
                // Submissions and their photos: inspectors write (inside their scope); readers see them, a unit its own.
                // A unit adds photos of its remedy to its own submissions (AccessPolicy#requireEvidenceWriterFor).
                .requestMatchers(POST, "/api/submissions").hasRole(INSPECTOR)
                .requestMatchers(POST, "/api/submissions/*/evidence").hasAnyRole(INSPECTOR, UNIT)
                .requestMatchers(GET, "/api/submissions/*", "/api/submissions/*/evidence", "/api/evidence/*")
                .hasAnyRole(INSPECTOR, REVIEWER, NOI_VU, ADMIN, UNIT)
                // Findings: read by reviewers, Sở Nội vụ, admins and (its own only) the unit; the unit remediates;
                // every other change to a finding (review, verification, follow-up) is the reviewer's.
                // The lead-agency view (Phụ lục 2) is the desk's, not a unit's: before the generic findings rules.
                .requestMatchers(GET, "/api/findings/by-lead-agency").hasAnyRole(NOI_VU, REVIEWER, ADMIN)
                .requestMatchers(GET, "/api/findings", "/api/findings/**").hasAnyRole(REVIEWER, NOI_VU, ADMIN, UNIT)
                .requestMatchers(POST, "/api/findings/*/remediation").hasRole(UNIT)
                .requestMatchers(POST, "/api/findings/*/review", "/api/findings/**").hasRole(REVIEWER)
                // Reference data: everyone signed in reads it; only admins change units and rules.
                .requestMatchers(GET, "/api/units/*/audit").hasAnyRole(REVIEWER, NOI_VU, ADMIN, UNIT)
                .requestMatchers(GET, "/api/assignments").hasAnyRole(INSPECTOR, REVIEWER, ADMIN)
                .requestMatchers(GET, "/api/units", "/api/rules", "/api/templates", "/api/templates/**").authenticated()
                .requestMatchers(POST, "/api/units").hasRole(ADMIN)
                .requestMatchers("/api/admin/**").hasRole(ADMIN)
                // The plan's tasks: the desk roles read them and PLAN-01's findings; Sở Nội vụ records their status.
                .requestMatchers(GET, "/api/plan/tasks", "/api/plan/findings").hasAnyRole(INSPECTOR, REVIEWER, NOI_VU, ADMIN)
                .requestMatchers(POST, "/api/plan/tasks/*/status").hasRole(NOI_VU)
                // CCHC scores.
                .requestMatchers(GET, "/api/scores/**").hasAnyRole(NOI_VU, REVIEWER, ADMIN)
                // The yearly CCHC report (XLSX, PDF): the same readers as the scores.
                .requestMatchers(GET, "/api/reports/cchc").hasAnyRole(NOI_VU, REVIEWER, ADMIN)
                .anyRequest().denyAll();
    }
}
