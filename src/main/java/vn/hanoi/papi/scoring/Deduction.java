package vn.hanoi.papi.scoring;

import java.math.BigDecimal;
import vn.hanoi.papi.findings.Severity;

/**
 * One line of a score: the points a finding takes off, and why.
 *
 * @param kind   SEVERITY (the finding's deduction, repeat included) or OVERDUE (the overdue penalty)
 * @param reason in Vietnamese, e.g. {@code MAJOR: −1; tái phạm: ×2} or {@code quá hạn khắc phục: −0,5 (…)}
 * @param amount the points taken off, scale 2
 */
public record Deduction(String findingId, String ruleId, String subject, Severity severity, boolean repeat,
                        Kind kind, String reason, BigDecimal amount) {

    public enum Kind { SEVERITY, OVERDUE }
}
