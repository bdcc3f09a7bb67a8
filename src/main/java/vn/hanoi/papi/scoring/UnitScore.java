package vn.hanoi.papi.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's CCHC score for a year.
 *
 * @param score      {@code maximum − deducted}, never below 0; scale 2
 * @param deducted   the sum of the lines (may exceed the maximum: the score then stops at 0)
 * @param deductions every line, in finding order (inspection day, rule id, subject), the overdue line after its
 *                   finding's own
 */
public record UnitScore(String unit, BigDecimal score, BigDecimal deducted, List<Deduction> deductions) {

    public UnitScore {
        deductions = List.copyOf(deductions);
    }
}
