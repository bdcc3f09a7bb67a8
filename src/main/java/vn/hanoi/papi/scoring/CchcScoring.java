package vn.hanoi.papi.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hanoi.papi.rules.ScoringSettings;

/**
 * The CCHC score of a unit for a year (spec, "CCHC scoring"): from the maximum, take off per counted finding the
 * deduction of its severity (times the repeat factor for a repeat), and the overdue penalty per counted finding whose
 * remediation went overdue; never below 0. Exact decimals (scale 2), every line listed with its finding and reason.
 */
public final class CchcScoring {

    static final int SCALE = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Comparator<ScoredFinding> ORDER = Comparator
            .comparing(ScoredFinding::inspectedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScoredFinding::ruleId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScoredFinding::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScoredFinding::id);

    private final ScoringSettings settings;

    public CchcScoring(ScoringSettings settings) {
        this.settings = settings;
    }

    public BigDecimal maximum() {
        return points(settings.maximum());
    }

    /**
     * The score of {@code unit} from its findings of the year (the caller picks them by the year of
     * {@code inspectedOn}); findings of other units are ignored, as are OPEN and DISMISSED ones.
     */
    public UnitScore score(String unit, List<ScoredFinding> findings, LocalDate asOf) {
        List<Deduction> lines = new ArrayList<>();
        findings.stream().filter(f -> unit.equals(f.unit())).filter(ScoredFinding::counted).sorted(ORDER).forEach(f -> {
            BigDecimal base = settings.deductionOf(f.severity());
            BigDecimal amount = f.repeat() ? base.multiply(settings.repeatFactor()) : base;
            String reason = f.severity() + ": " + minus(base)
                    + (f.repeat() ? "; tái phạm: ×" + number(settings.repeatFactor()) + " → " + minus(amount) : "");
            lines.add(new Deduction(f.id(), f.ruleId(), f.subject(), f.severity(), f.repeat(), Deduction.Kind.SEVERITY,
                    reason, points(amount)));
            if (f.overdueAsOf(asOf)) {
                // as of asOf: a close after that day is not known yet
                String when = f.closedOn() != null && !f.closedOn().isAfter(asOf)
                        ? "đóng ngày " + DAY.format(f.closedOn()) + ", sau hạn"
                        : "chưa đóng đến ngày " + DAY.format(asOf);
                lines.add(new Deduction(f.id(), f.ruleId(), f.subject(), f.severity(), f.repeat(), Deduction.Kind.OVERDUE,
                        "quá hạn khắc phục: " + minus(settings.overduePenalty()) + " (hạn khắc phục "
                                + DAY.format(f.remediationDue()) + ", " + when + ")",
                        points(settings.overduePenalty())));
            }
        });
        BigDecimal deducted = points(lines.stream().map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal score = maximum().subtract(deducted).max(BigDecimal.ZERO);
        return new UnitScore(unit, points(score), deducted, lines);
    }

    /** Points at scale 2 (the figures have at most two decimals, and so has any product of one with a factor ≥ 1
     * that has none; a repeat factor with decimals is rounded half up). */
    static BigDecimal points(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** {@code −0,5}, {@code −1}, {@code −0,25}: the Vietnamese way, with a true minus sign. */
    static String minus(BigDecimal value) {
        return "−" + number(value);
    }

    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }
}
