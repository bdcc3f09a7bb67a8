package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * What every DRL rule declares about itself: {@code @id}, {@code @papi}, {@code @leadAgency},
 * {@code @legalBasis} and optionally {@code @effectiveFrom} / {@code @effectiveTo} (inclusive; judged by the
 * date of the event the rule judges, or by the inspection day).
 */
public record RuleMetadata(
        String ruleName,
        String id,
        String papi,
        String leadAgency,
        LegalBasis legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    static RuleMetadata of(String ruleName, Map<String, Object> meta) {
        if ("history".equals(String.valueOf(meta.get("kind")))) {
            // History rules (@kind("history"): repeat, follow-up) change findings other rules raised: they carry their id only,
            // and FOLLOWUP-01 takes the sub-index and legal basis of the finding it replaces.
            return new RuleMetadata(ruleName, required(meta, "id"), null, null, null, null, null);
        }
        return new RuleMetadata(
                ruleName,
                required(meta, "id"),
                required(meta, "papi"),
                required(meta, "leadAgency"),
                LegalBasis.parse(required(meta, "legalBasis")),
                date(meta, "effectiveFrom"),
                date(meta, "effectiveTo"));
    }

    public boolean isHistoryRule() {
        return papi == null;
    }

    /** Whether the law the rule applies was in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    private static String required(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("thiếu @" + key);
        }
        return value.toString();
    }

    private static LocalDate date(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("@" + key + " không phải ngày YYYY-MM-DD: " + value);
        }
    }
}
