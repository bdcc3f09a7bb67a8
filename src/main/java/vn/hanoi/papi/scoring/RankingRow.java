package vn.hanoi.papi.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a ranking.
 *
 * @param rank       1 for the best; equal scores share a rank (1, 1, 3)
 * @param deductions the unit's own lines (none for a district: its score is the mean of its communes')
 * @param communes   for a district only: its communes with their scores and lines
 */
public record RankingRow(int rank, String unit, String name, Integer cluster, BigDecimal score,
                         List<Deduction> deductions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<CommuneScore> communes) {

    /** A commune inside a district row. */
    public record CommuneScore(String unit, String name, Integer cluster, BigDecimal score, List<Deduction> deductions) {
    }
}
