package vn.hanoi.papi.findings;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a rule found, in the shape of the finding JSON of the spec (field order included).
 *
 * @param subject       the item code or {@code RECORD[key]} the finding is about
 * @param legalDeadline the last compliant day the rule computed, null for rules judging a state
 * @param remediationDue the day the unit must have remedied it by, null for advisories
 * @param facts         what made the rule fire, so that anyone can check it by hand
 */
public record Finding(
        String ruleId,
        Severity severity,
        boolean repeat,
        String unit,
        String papi,
        String leadAgency,
        String subject,
        String message,
        String legalBasis,
        LocalDate legalDeadline,
        LocalDate remediationDue,
        Map<String, Object> facts) {

    /** The facts are kept as given, read-only: whoever builds a finding hands over a map it no longer touches. */
    public Finding {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(facts);
    }
}
