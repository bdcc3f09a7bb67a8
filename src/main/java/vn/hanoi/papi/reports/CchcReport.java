package vn.hanoi.papi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.scoring.Deduction;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.RankingRow;
import vn.hanoi.papi.units.UnitLevel;

/**
 * What the yearly CCHC report shows, ready to be written: the ranking of a level for a year, every deduction line of
 * every ranked unit (for a district ranking: of its communes), and the year's findings by PAPI sub-index and by lead
 * agency (Phụ lục 2).
 *
 * @param ranking      best first, as the scoring ranks them
 * @param deductions   the lines in ranking order, then in each unit's own line order
 * @param bySubIndex   one tally per PAPI sub-index (sub-index order; findings without one last)
 * @param byLeadAgency one tally per lead agency (code order; findings without one last)
 */
public record CchcReport(int year, UnitLevel level, Integer cluster, LocalDate asOf, BigDecimal maximum,
                         List<Row> ranking, List<Line> deductions, List<Tally> bySubIndex, List<Tally> byLeadAgency) {

    public CchcReport {
        ranking = List.copyOf(ranking);
        deductions = List.copyOf(deductions);
        bySubIndex = List.copyOf(bySubIndex);
        byLeadAgency = List.copyOf(byLeadAgency);
    }

    /** One ranked unit. {@code deducted}: the sum of its lines; null for a district (its score is a mean). */
    public record Row(int rank, String unit, String name, Integer cluster, BigDecimal score, BigDecimal deducted) {
    }

    /** One deduction line of a unit. */
    public record Line(String unit, String unitName, String findingId, String ruleId, String subject, Severity severity,
                       boolean repeat, Deduction.Kind kind, String reason, BigDecimal amount) {
    }

    /**
     * Findings counted under one key.
     *
     * @param key     the PAPI sub-index ("2.3") or the lead agency's code; null for findings without one
     * @param label   the lead agency's name (by sub-index), or its name (by lead agency)
     * @param detail  by lead agency: its sub-indices ("1.4, 2.3"); by sub-index: the lead agency's code
     * @param counted the findings counted in the CCHC score (confirmed, remedied, closed, reopened)
     */
    public record Tally(String key, String label, String detail, long total, long counted,
                        Map<Severity, Long> bySeverity) {
        public Tally {
            bySeverity = Map.copyOf(bySeverity);
        }

        public long of(Severity severity) {
            return bySeverity.getOrDefault(severity, 0L);
        }
    }

    /** The report of a ranking and the year's lead-agency groups. */
    public static CchcReport of(int year, UnitLevel level, Integer cluster, LocalDate asOf, BigDecimal maximum,
                                List<RankingRow> rows, List<LeadAgencyView.Group> groups) {
        List<Row> ranking = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (RankingRow r : rows) {
            if (r.communes() != null) {
                ranking.add(new Row(r.rank(), r.unit(), r.name(), r.cluster(), r.score(), null));
                for (RankingRow.CommuneScore c : r.communes()) {
                    c.deductions().forEach(d -> lines.add(line(c.unit(), c.name(), d)));
                }
            } else {
                ranking.add(new Row(r.rank(), r.unit(), r.name(), r.cluster(), r.score(), sum(r.deductions())));
                r.deductions().forEach(d -> lines.add(line(r.unit(), r.name(), d)));
            }
        }
        return new CchcReport(year, level, cluster, asOf, maximum, ranking, lines, bySubIndex(groups),
                byLeadAgency(groups));
    }

    /** The total of the findings of the year, as the breakdowns count them. */
    public long findings() {
        return bySubIndex.stream().mapToLong(Tally::total).sum();
    }

    /** "cấp xã", "cấp huyện", "sở, ban, ngành". */
    public String levelLabel() {
        return switch (level) {
            case COMMUNE -> "cấp xã";
            case DISTRICT -> "cấp huyện";
            case DEPARTMENT -> "sở, ban, ngành";
            case CITY -> "cấp thành phố";
        };
    }

    private static Line line(String unit, String name, Deduction d) {
        return new Line(unit, name, d.findingId(), d.ruleId(), d.subject(), d.severity(), d.repeat(), d.kind(),
                d.reason(), d.amount());
    }

    private static BigDecimal sum(List<Deduction> lines) {
        return lines.stream().map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static List<Tally> bySubIndex(List<LeadAgencyView.Group> groups) {
        Map<String, List<LeadAgencyView.Group>> byKey = new LinkedHashMap<>();   // the groups come in sub-index order
        groups.forEach(g -> byKey.computeIfAbsent(g.papi(), k -> new ArrayList<>()).add(g));
        List<Tally> tallies = new ArrayList<>();
        byKey.forEach((papi, gs) -> tallies.add(tally(papi,
                join(gs.stream().map(LeadAgencyView.Group::leadAgencyName).toList()),
                join(gs.stream().map(LeadAgencyView.Group::leadAgency).toList()), gs)));
        return tallies;
    }

    private static List<Tally> byLeadAgency(List<LeadAgencyView.Group> groups) {
        Map<String, List<LeadAgencyView.Group>> byKey = new LinkedHashMap<>();
        groups.stream()
                .sorted(java.util.Comparator.comparing(LeadAgencyView.Group::leadAgency,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .forEach(g -> byKey.computeIfAbsent(g.leadAgency(), k -> new ArrayList<>()).add(g));
        List<Tally> tallies = new ArrayList<>();
        byKey.forEach((lead, gs) -> tallies.add(tally(lead,
                join(gs.stream().map(LeadAgencyView.Group::leadAgencyName).toList()),
                join(gs.stream().map(LeadAgencyView.Group::papi).toList()), gs)));
        return tallies;
    }

    private static Tally tally(String key, String label, String detail, List<LeadAgencyView.Group> groups) {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            severities.put(s, groups.stream().mapToLong(g -> g.bySeverity().getOrDefault(s, 0L)).sum());
        }
        return new Tally(key, label, detail, groups.stream().mapToLong(LeadAgencyView.Group::total).sum(),
                groups.stream().mapToLong(LeadAgencyView.Group::counted).sum(), severities);
    }

    /** The distinct non-null values, joined with ", " in their order; null when none. */
    private static String join(List<String> values) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(values.stream()
                .filter(java.util.Objects::nonNull).toList()));
        return distinct.isEmpty() ? null : String.join(", ", distinct);
    }
}
