package vn.hanoi.papi.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;

/**
 * Rankings of the units of one level for a year, optionally of one emulation cluster (cụm thi đua): every active
 * unit of the level is listed — one without a counted finding scores the maximum — by score, best first, then by
 * code. A district's score is the mean of its communes' scores (2 decimals, half up).
 *
 * <p>Which units a year has: a unit merged before 1 January of the year is gone; districts exist only in years that
 * start before 1/7/2025 (the end of the district level), so {@link #check} refuses a district ranking from 2026; a
 * commune whose parent is the city itself (a post-reorganisation commune or ward) exists only from 1/7/2025, so
 * it is listed from 2025.
 */
public final class CchcRanking {

    /** The day the district level ended and communes came directly under the city (Hà Nội's 2025 reorganisation). */
    public static final LocalDate DISTRICTS_END = LocalDate.of(2025, 7, 1);

    private final Map<String, Unit> units;

    public CchcRanking(List<Unit> registry) {
        this.units = registry.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> b));
    }

    /** Why this level cannot be ranked for this year (Vietnamese), or empty when it can. */
    public static Optional<String> check(UnitLevel level, int year) {
        if (level == UnitLevel.CITY) {
            return Optional.of("Không xếp hạng cấp thành phố; level phải là COMMUNE, DISTRICT hoặc DEPARTMENT.");
        }
        if (level == UnitLevel.DISTRICT && year > DISTRICTS_END.getYear()) {
            return Optional.of("Từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện; không có điểm cấp huyện cho năm "
                    + year + " (chỉ có cho các năm đến hết 2025).");
        }
        return Optional.empty();
    }

    /** The active units of {@code level} in {@code year}, in code order. */
    public List<Unit> active(UnitLevel level, int year) {
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        return units.values().stream()
                .filter(u -> u.level() == level)
                .filter(u -> !u.mergedBy(firstDay))
                .filter(u -> level != UnitLevel.DISTRICT || firstDay.isBefore(DISTRICTS_END))
                .filter(u -> level != UnitLevel.COMMUNE || !directlyUnderCity(u) || year >= DISTRICTS_END.getYear())
                .sorted(Comparator.comparing(Unit::code))
                .toList();
    }

    /** The ranking; {@code scoreOf} scores one unit (a commune, a department) for the year. */
    public List<RankingRow> rank(UnitLevel level, int year, Integer cluster, Function<String, UnitScore> scoreOf,
                                 BigDecimal maximum) {
        check(level, year).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        List<RankingRow> rows = new ArrayList<>();
        for (Unit unit : active(level, year)) {
            if (cluster != null && !cluster.equals(unit.cluster())) {
                continue;
            }
            if (level == UnitLevel.DISTRICT) {
                List<RankingRow.CommuneScore> communes = active(UnitLevel.COMMUNE, year).stream()
                        .filter(c -> unit.code().equals(c.parent()))
                        .map(c -> {
                            UnitScore s = scoreOf.apply(c.code());
                            return new RankingRow.CommuneScore(c.code(), c.name(), c.cluster(), s.score(), s.deductions());
                        })
                        .toList();
                rows.add(new RankingRow(0, unit.code(), unit.name(), unit.cluster(), mean(communes, maximum), List.of(),
                        communes));
            } else {
                UnitScore s = scoreOf.apply(unit.code());
                rows.add(new RankingRow(0, unit.code(), unit.name(), unit.cluster(), s.score(), s.deductions(), null));
            }
        }
        rows.sort(Comparator.comparing(RankingRow::score).reversed().thenComparing(RankingRow::unit));
        List<RankingRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).score().compareTo(r.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankingRow(rank, r.unit(), r.name(), r.cluster(), r.score(), r.deductions(), r.communes()));
        }
        return ranked;
    }

    /** The mean of the communes' scores, 2 decimals half up; a district without communes scores the maximum. */
    static BigDecimal mean(List<RankingRow.CommuneScore> communes, BigDecimal maximum) {
        if (communes.isEmpty()) {
            return CchcScoring.points(maximum);
        }
        BigDecimal sum = communes.stream().map(RankingRow.CommuneScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(communes.size()), CchcScoring.SCALE, RoundingMode.HALF_UP);
    }

    private boolean directlyUnderCity(Unit commune) {
        Unit parent = commune.parent() == null ? null : units.get(commune.parent());
        return parent != null && parent.level() == UnitLevel.CITY;
    }
}
