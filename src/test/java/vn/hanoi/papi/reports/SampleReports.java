package vn.hanoi.papi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.scoring.Deduction;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.RankingRow;
import vn.hanoi.papi.units.UnitLevel;

/** A report built by hand: the Ba Vì cluster of 2021 as {@code CchcScoreApiTest} scores it. */
final class SampleReports {

    static final String TAN_LINH = "HN-XA-BA-VI-TAN-LINH";
    static final String KHANH_THUONG = "HN-XA-BA-VI-KHANH-THUONG";

    private SampleReports() {
    }

    static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    static Deduction line(String id, String rule, Severity severity, boolean repeat, Deduction.Kind kind, String reason,
                          String amount) {
        return new Deduction(id, rule, "BUDGET.POSTING", severity, repeat, kind, reason, points(amount));
    }

    static CchcReport baVi2021() {
        List<RankingRow> rows = List.of(
                new RankingRow(1, "HN-XA-BA-VI-BA-VI", "Xã Ba Vì", 4, points("10.00"), List.of(), null),
                new RankingRow(1, "HN-XA-BA-VI-MINH-QUANG", "Xã Minh Quang", 4, points("10.00"), List.of(), null),
                new RankingRow(3, KHANH_THUONG, "Xã Khánh Thượng", 4, points("6.75"), List.of(
                        line("f-c", "BUDGET-06", Severity.MINOR, false, Deduction.Kind.SEVERITY, "MINOR: −0,25", "0.25"),
                        line("f-c", "BUDGET-06", Severity.MINOR, false, Deduction.Kind.OVERDUE,
                                "quá hạn khắc phục: −0,5 (hạn khắc phục 15/03/2021, chưa đóng đến ngày 31/12/2021)", "0.50"),
                        line("f-d", "FOLLOWUP-01", Severity.CRITICAL, false, Deduction.Kind.SEVERITY, "CRITICAL: −2", "2.00"),
                        line("f-d", "FOLLOWUP-01", Severity.CRITICAL, false, Deduction.Kind.OVERDUE,
                                "quá hạn khắc phục: −0,5 (hạn khắc phục 18/05/2021, chưa đóng đến ngày 31/12/2021)", "0.50")),
                        null),
                new RankingRow(3, TAN_LINH, "Xã Tản Lĩnh", 4, points("6.75"), List.of(
                        line("f-a", "BUDGET-06", Severity.MINOR, false, Deduction.Kind.SEVERITY, "MINOR: −0,25", "0.25"),
                        line("f-a", "BUDGET-06", Severity.MINOR, false, Deduction.Kind.OVERDUE,
                                "quá hạn khắc phục: −0,5 (hạn khắc phục 15/03/2021, đóng ngày 02/06/2021, sau hạn)", "0.50"),
                        line("f-b", "BUDGET-06", Severity.MAJOR, true, Deduction.Kind.SEVERITY,
                                "MAJOR: −1; tái phạm: ×2 → −2", "2.00"),
                        line("f-b", "BUDGET-06", Severity.MAJOR, true, Deduction.Kind.OVERDUE,
                                "quá hạn khắc phục: −0,5 (hạn khắc phục 15/04/2021, chưa đóng đến ngày 31/12/2021)", "0.50")),
                        null));
        List<LeadAgencyView.Group> groups = List.of(
                group("2.3", "SO-TAI-CHINH", "Sở Tài chính", Map.of(Severity.MINOR, 4L, Severity.MAJOR, 1L), 4),
                group("3.2", "THANH-TRA-TP", "Thanh tra Thành phố", Map.of(Severity.MAJOR, 2L), 0),
                group("5.3", "VP-UBND-TP", "Văn phòng UBND Thành phố", Map.of(Severity.MINOR, 1L), 1),
                group(null, null, null, Map.of(Severity.CRITICAL, 1L), 1));
        return CchcReport.of(2021, UnitLevel.COMMUNE, 4, LocalDate.of(2021, 12, 31), points("10.00"), rows, groups);
    }

    static LeadAgencyView.Group group(String papi, String lead, String name, Map<Severity, Long> severities, long counted) {
        long total = severities.values().stream().mapToLong(Long::longValue).sum();
        return new LeadAgencyView.Group(papi, lead, name, total, counted, severities, Map.of(FindingStatus.CONFIRMED, counted));
    }
}
