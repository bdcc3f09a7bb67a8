package vn.hanoi.papi.scoring.web;

import java.util.List;
import java.util.Locale;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.scoring.CchcRanking;
import vn.hanoi.papi.units.UnitLevel;

/** The checks of the scoring endpoints' {@code year} and {@code level}, shared with the reports: each bad value
 * adds one Vietnamese error and returns null. */
public final class ScoreParameters {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private ScoreParameters() {
    }

    public static Integer year(String year, List<ValidationError> errors) {
        if (year == null || year.isBlank()) {
            errors.add(new ValidationError("year", "Thiếu năm (year), ví dụ year=2024."));
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                errors.add(new ValidationError("year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + " (nhận " + y + ")."));
                return null;
            }
            return y;
        } catch (NumberFormatException e) {
            errors.add(new ValidationError("year", "Năm (year) phải là một số, ví dụ 2024 (nhận '" + year + "')."));
            return null;
        }
    }

    public static UnitLevel level(String level, List<ValidationError> errors) {
        if (level == null || level.isBlank()) {
            errors.add(new ValidationError("level", "Thiếu cấp (level): COMMUNE, DISTRICT hoặc DEPARTMENT."));
            return null;
        }
        try {
            return UnitLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ValidationError("level", "Cấp (level) phải là COMMUNE, DISTRICT hoặc DEPARTMENT (nhận '"
                    + level + "')."));
            return null;
        }
    }

    /** A competition cluster (cụm thi đua) is numbered from 1; none given: every unit of the level. */
    public static void cluster(Integer cluster, List<ValidationError> errors) {
        if (cluster != null && cluster < 1) {
            errors.add(new ValidationError("cluster", "Cụm thi đua (cluster) được đánh số từ 1 (nhận " + cluster + ")."));
        }
    }

    /** A level that cannot be ranked that year (the city; districts from 2026). */
    public static void rankable(Integer year, UnitLevel level, List<ValidationError> errors) {
        if (year != null && level != null) {
            CchcRanking.check(level, year).ifPresent(message -> errors.add(new ValidationError("level", message)));
        }
    }
}
