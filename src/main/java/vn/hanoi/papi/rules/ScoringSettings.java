package vn.hanoi.papi.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.papi.findings.Severity;

/**
 * The CCHC scoring figures of Sở Nội vụ, read from {@code rules/cchc-scoring.yaml} with the rules, so that a
 * reload of the rule folder picks up a change. Every figure is in points, at most two decimals, never negative.
 *
 * @param maximum        the criterion's maximum for a unit and a year; a score never goes below 0
 * @param deductions     points taken off per counted finding, by severity (a missing severity takes off nothing)
 * @param repeatFactor   what a repeat violation's deduction is multiplied by
 * @param overduePenalty points taken off more per counted finding whose remediation went overdue
 */
public record ScoringSettings(
        BigDecimal maximum,
        Map<Severity, BigDecimal> deductions,
        BigDecimal repeatFactor,
        BigDecimal overduePenalty) {

    /** The defaults of the spec: maximum 10; CRITICAL 2, MAJOR 1, MINOR 0.25, ADVISORY 0; repeat ×2; overdue 0.5. */
    public static final ScoringSettings DEFAULTS = new ScoringSettings(new BigDecimal("10"),
            Map.of(Severity.CRITICAL, new BigDecimal("2"), Severity.MAJOR, BigDecimal.ONE,
                    Severity.MINOR, new BigDecimal("0.25"), Severity.ADVISORY, BigDecimal.ZERO),
            new BigDecimal("2"), new BigDecimal("0.5"));

    public ScoringSettings {
        Map<Severity, BigDecimal> copy = new EnumMap<>(Severity.class);
        if (deductions != null) {
            deductions.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        deductions = Collections.unmodifiableMap(copy);
    }

    /** The deduction for a finding of this severity before any repeat factor (0 when not configured). */
    public BigDecimal deductionOf(Severity severity) {
        return deductions.getOrDefault(severity, BigDecimal.ZERO);
    }

    /**
     * The problems with the figures, each as {@code [key, message]} so that the loader can name the line of the
     * key; empty when all is well.
     */
    List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        points("maximum", maximum, problems);
        if (maximum != null && maximum.signum() == 0) {
            problems.add(new String[] {"maximum", "maximum phải lớn hơn 0"});
        }
        for (Severity severity : Severity.values()) {
            if (!deductions.containsKey(severity)) {
                problems.add(new String[] {"deductions", "deductions thiếu mức " + severity});
            }
        }
        deductions.forEach((severity, value) -> points(severity.name(), value, problems));
        points("repeatFactor", repeatFactor, problems);
        if (repeatFactor != null && repeatFactor.compareTo(BigDecimal.ONE) < 0) {
            problems.add(new String[] {"repeatFactor", "repeatFactor phải ≥ 1 (tái phạm không thể bị trừ ít hơn)"});
        }
        points("overduePenalty", overduePenalty, problems);
        return problems;
    }

    private static void points(String key, BigDecimal value, List<String[]> problems) {
        if (value == null) {
            problems.add(new String[] {key, key + " bắt buộc phải có giá trị"});
        } else if (value.signum() < 0) {
            problems.add(new String[] {key, key + " không được âm (nhận " + value.toPlainString() + ")"});
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new String[] {key, key + " tối đa 2 chữ số thập phân (nhận " + value.toPlainString() + ")"});
        }
    }
}
