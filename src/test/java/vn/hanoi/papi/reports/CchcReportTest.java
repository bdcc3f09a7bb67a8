package vn.hanoi.papi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.reports.SampleReports.points;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.scoring.Deduction;
import vn.hanoi.papi.scoring.RankingRow;
import vn.hanoi.papi.units.UnitLevel;

class CchcReportTest {

    @Test
    void rankingLinesAndBreakdowns() {
        CchcReport report = SampleReports.baVi2021();
        assertThat(report.ranking()).extracting(CchcReport.Row::unit).containsExactly("HN-XA-BA-VI-BA-VI",
                "HN-XA-BA-VI-MINH-QUANG", SampleReports.KHANH_THUONG, SampleReports.TAN_LINH);
        assertThat(report.ranking().get(3).deducted()).isEqualByComparingTo("3.25");
        assertThat(report.ranking().get(0).deducted()).isEqualByComparingTo("0");
        assertThat(report.deductions()).hasSize(8);
        assertThat(report.deductions().get(4).unitName()).isEqualTo("Xã Tản Lĩnh");
        assertThat(report.bySubIndex()).extracting(CchcReport.Tally::key).containsExactly("2.3", "3.2", "5.3", null);
        assertThat(report.bySubIndex().get(0).label()).isEqualTo("Sở Tài chính");
        assertThat(report.byLeadAgency()).extracting(CchcReport.Tally::key)
                .containsExactly("SO-TAI-CHINH", "THANH-TRA-TP", "VP-UBND-TP", null);
        assertThat(report.byLeadAgency().get(0).detail()).isEqualTo("2.3");
        assertThat(report.byLeadAgency().get(0).of(Severity.MINOR)).isEqualTo(4);
        assertThat(report.findings()).isEqualTo(9);
    }

    @Test
    void aDistrictRanking_listsItsCommunesLines() {
        Deduction d = SampleReports.line("f-1", "BUDGET-06", Severity.MINOR, false, Deduction.Kind.SEVERITY,
                "MINOR: −0,25", "0.25");
        RankingRow district = new RankingRow(1, "HN-HUYEN-BA-VI", "Huyện Ba Vì", 4, points("9.94"), List.of(),
                List.of(new RankingRow.CommuneScore(SampleReports.TAN_LINH, "Xã Tản Lĩnh", 4, points("9.75"), List.of(d)),
                        new RankingRow.CommuneScore("HN-XA-BA-VI-BA-VI", "Xã Ba Vì", 4, points("10.00"), List.of())));
        CchcReport report = CchcReport.of(2021, UnitLevel.DISTRICT, null, java.time.LocalDate.of(2021, 12, 31),
                points("10.00"), List.of(district), List.of());
        assertThat(report.ranking().get(0).deducted()).isNull();
        assertThat(report.deductions()).singleElement().satisfies(l -> {
            assertThat(l.unit()).isEqualTo(SampleReports.TAN_LINH);
            assertThat(l.unitName()).isEqualTo("Xã Tản Lĩnh");
        });
        assertThat(report.levelLabel()).isEqualTo("cấp huyện");
    }
}
