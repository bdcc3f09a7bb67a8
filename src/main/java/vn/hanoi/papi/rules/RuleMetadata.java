package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * What every DRL rule declares about itself: {@code @id}, {@code @papi}, {@code @leadAgency},
 * {@code @legalBasis} and optionally {@code @effectiveFrom} / {@code @effectiveTo} (inclusive; judged by the
 * date of the event the rule judges, or by the inspection day), and optionally {@code @kind}: {@code history} for the
 * rules on a unit's stored findings, {@code plan} for the rules the plan tracker runs on the plan's own tasks; the
 * others judge a submission.
 */
public record RuleMetadata(
        String ruleName,
        String id,
        String papi,
        String leadAgency,
        LegalBasis legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String kind) {

    public static final String HISTORY = "history";
    public static final String PLAN = "plan";

    /** A rule that judges a submission (no {@code @kind}). */
    public RuleMetadata(String ruleName, String id, String papi, String leadAgency, LegalBasis legalBasis,
                        LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(ruleName, id, papi, leadAgency, legalBasis, effectiveFrom, effectiveTo, null);
    }

    static RuleMetadata of(String ruleName, Map<String, Object> meta) {
        Object kind = meta.get("kind");
        if (HISTORY.equals(String.valueOf(kind))) {
            // History rules (@kind("history"): repeat, follow-up) change findings other rules raised: they carry their id only,
            // and FOLLOWUP-01 takes the sub-index and legal basis of the finding it replaces.
            return new RuleMetadata(ruleName, required(meta, "id"), null, null, null, null, null, HISTORY);
        }
        return new RuleMetadata(
                ruleName,
                required(meta, "id"),
                required(meta, "papi"),
                required(meta, "leadAgency"),
                LegalBasis.parse(required(meta, "legalBasis")),
                date(meta, "effectiveFrom"),
                date(meta, "effectiveTo"),
                kind == null ? null : kind.toString());
    }

    public boolean isHistoryRule() {
        return papi == null;
    }

    /** A rule whose facts come from a commune checklist (neither a history rule nor a plan rule). */
    public boolean isSubmissionRule() {
        return kind == null;
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
