package vn.hanoi.papi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;

/** Which units a year has, the order, shared ranks, clusters and the district mean. */
class CchcRankingTest {

    static final BigDecimal MAX = new BigDecimal("10");
    static final List<Unit> REGISTRY = List.of(
            new Unit("HN", "Hà Nội", UnitLevel.CITY, null, 0, false, null),
            new Unit("SO-A", "Sở A", UnitLevel.DEPARTMENT, "HN", 0, false, null),
            new Unit("H-1", "Huyện 1", UnitLevel.DISTRICT, "HN", 0, false, null),
            new Unit("H-2", "Huyện 2", UnitLevel.DISTRICT, "HN", 0, false, null),
            new Unit("X-1A", "Xã 1A", UnitLevel.COMMUNE, "H-1", 5, false, 1),
            new Unit("X-1B", "Xã 1B", UnitLevel.COMMUNE, "H-1", 5, false, 1),
            new Unit("X-1C", "Xã 1C", UnitLevel.COMMUNE, "H-1", 5, false, 1,
                    "X-NEW", LocalDate.of(2024, 1, 1)),                       // merged on 1/1/2024
            new Unit("X-2A", "Xã 2A", UnitLevel.COMMUNE, "H-2", 5, false, 2),
            new Unit("X-NEW", "Xã mới", UnitLevel.COMMUNE, "HN", 5, false, 2));  // under the city: from 1/7/2025

    static final Map<String, String> SCORES = Map.of("X-1A", "9.75", "X-1B", "8.00", "X-1C", "7.00", "X-2A", "9.75",
            "X-NEW", "10.00");

    static UnitScore scoreOf(String unit) {
        return new UnitScore(unit, new BigDecimal(SCORES.getOrDefault(unit, "10.00")), BigDecimal.ZERO, List.of());
    }

    final CchcRanking ranking = new CchcRanking(REGISTRY);

    @Test
    void communes_byScoreThenCode_tiesShareARank() {
        List<RankingRow> rows = ranking.rank(UnitLevel.COMMUNE, 2023, null, CchcRankingTest::scoreOf, MAX);
        assertThat(rows).extracting(RankingRow::unit).containsExactly("X-1A", "X-2A", "X-1B", "X-1C");
        assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 1, 3, 4);
        assertThat(rows).extracting(RankingRow::communes).containsOnlyNulls();
    }

    @Test
    void aUnitMergedBeforeTheYear_isGone_andACommuneUnderTheCity_onlyFrom2025() {
        assertThat(ranking.rank(UnitLevel.COMMUNE, 2024, null, CchcRankingTest::scoreOf, MAX))
                .extracting(RankingRow::unit).containsExactly("X-1A", "X-2A", "X-1B");
        assertThat(ranking.rank(UnitLevel.COMMUNE, 2025, null, CchcRankingTest::scoreOf, MAX))
                .extracting(RankingRow::unit).containsExactly("X-NEW", "X-1A", "X-2A", "X-1B");
    }

    @Test
    void byCluster_eachRowCarriesItsCluster() {
        List<RankingRow> rows = ranking.rank(UnitLevel.COMMUNE, 2023, 2, CchcRankingTest::scoreOf, MAX);
        assertThat(rows).extracting(RankingRow::unit).containsExactly("X-2A");
        assertThat(rows.get(0).cluster()).isEqualTo(2);
        assertThat(rows.get(0).rank()).isEqualTo(1);
    }

    @Test
    void districts_meanOfTheirCommunes_twoDecimals() {
        List<RankingRow> rows = ranking.rank(UnitLevel.DISTRICT, 2023, null, CchcRankingTest::scoreOf, MAX);
        // H-1: (9.75 + 8.00 + 7.00) / 3 = 8.25; H-2: 9.75
        assertThat(rows).extracting(RankingRow::unit).containsExactly("H-2", "H-1");
        assertThat(rows.get(1).score()).isEqualTo(new BigDecimal("8.25"));
        assertThat(rows.get(1).communes()).extracting(RankingRow.CommuneScore::unit).containsExactly("X-1A", "X-1B", "X-1C");
        // 2024: X-1C is gone: (9.75 + 8.00) / 2 = 8.875 → 8.88 (half up)
        RankingRow h1 = ranking.rank(UnitLevel.DISTRICT, 2024, null, CchcRankingTest::scoreOf, MAX).stream()
                .filter(r -> r.unit().equals("H-1")).findFirst().orElseThrow();
        assertThat(h1.score()).isEqualTo(new BigDecimal("8.88"));
    }

    @Test
    void noDistrictsAfter2025() {
        assertThat(CchcRanking.check(UnitLevel.DISTRICT, 2025)).isEmpty();
        assertThat(CchcRanking.check(UnitLevel.DISTRICT, 2026)).get().asString().contains("01/07/2025");
        assertThat(CchcRanking.check(UnitLevel.CITY, 2024)).isPresent();
        assertThatThrownBy(() -> ranking.rank(UnitLevel.DISTRICT, 2026, null, CchcRankingTest::scoreOf, MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ranking.active(UnitLevel.DISTRICT, 2026)).isEmpty();
    }

    @Test
    void departments() {
        assertThat(ranking.rank(UnitLevel.DEPARTMENT, 2026, null, CchcRankingTest::scoreOf, MAX))
                .extracting(RankingRow::unit, RankingRow::score).containsExactly(org.assertj.core.groups.Tuple.tuple("SO-A",
                        new BigDecimal("10.00")));
    }
}
