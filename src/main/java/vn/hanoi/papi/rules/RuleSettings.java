package vn.hanoi.papi.rules;

import java.util.EnumMap;
import java.util.Map;
import vn.hanoi.papi.findings.Severity;

/**
 * The figures the Department of Home Affairs may change without a code change, read from
 * {@code rules/settings.yaml} together with the rules (global {@code settings}).
 *
 * @param remediationWorkingDays working days from the inspection day to remedy a finding, by severity;
 *                               a missing or null entry means no remediation deadline
 * @param tthcOnTimeThreshold    the lowest acceptable share of dossiers resolved on time (TTHC-04)
 * @param leadAgencies           the lead agency (chủ trì tham mưu) of each PAPI sub-index, Phụ lục 2
 */
public record RuleSettings(
        Map<Severity, Integer> remediationWorkingDays,
        double tthcOnTimeThreshold,
        Map<String, String> leadAgencies) {

    public RuleSettings {
        remediationWorkingDays = remediationWorkingDays == null ? Map.of() : copy(remediationWorkingDays);
        leadAgencies = leadAgencies == null ? Map.of() : Map.copyOf(leadAgencies);
    }

    private static Map<Severity, Integer> copy(Map<Severity, Integer> days) {
        Map<Severity, Integer> copy = new EnumMap<>(Severity.class);
        days.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Working days to remedy a finding of this severity, or null when it has no remediation deadline. */
    public Integer remediationDays(Severity severity) {
        return remediationWorkingDays.get(severity);
    }

    public String leadAgencyOf(String papi) {
        return leadAgencies.get(papi);
    }

    /** Ensures the figures make sense; the message says which one does not. */
    void check(String file) {
        StringBuilder problems = new StringBuilder();
        remediationWorkingDays.forEach((severity, days) -> {
            if (days < 0) {
                problems.append(" remediationWorkingDays.").append(severity).append(" âm;");
            }
        });
        if (!(tthcOnTimeThreshold > 0 && tthcOnTimeThreshold <= 1)) {
            problems.append(" tthcOnTimeThreshold phải trong (0, 1];");
        }
        if (leadAgencies.isEmpty()) {
            problems.append(" thiếu bảng leadAgencies (Phụ lục 2);");
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(file + ":" + problems);
        }
    }

}
