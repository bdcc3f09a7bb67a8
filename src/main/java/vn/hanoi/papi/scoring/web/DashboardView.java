package vn.hanoi.papi.scoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.plan.store.StoredPlanTask;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.RankingRow;

/**
 * What the dashboard page ({@link DashboardPage}) shows, shaped for its template and charts. Only regrouping and
 * counting here: the figures are those of the services the API answers with.
 */
final class DashboardView {

    /** Most serious first: the order of the table columns and of the stacked bars. */
    static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.ADVISORY);

    private DashboardView() {
    }

    /** A ranking row and its number of deduction lines (a district has none of its own: its communes' are counted). */
    record RankingLine(RankingRow row, int deductionCount) {

        static RankingLine of(RankingRow row) {
            int count = row.communes() == null
                    ? row.deductions().size()
                    : row.communes().stream().mapToInt(c -> c.deductions().size()).sum();
            return new RankingLine(row, count);
        }

        public boolean district() {
            return row.communes() != null;
        }
    }

    /**
     * Findings of the year counted under one key: a PAPI sub-index or a lead agency (null: none), by severity.
     *
     * @param counted the findings counted in the CCHC score (confirmed and after)
     */
    record CountRow(String key, String name, Map<Severity, Long> bySeverity, long total, long counted) {

        public long of(Severity severity) {
            return bySeverity.getOrDefault(severity, 0L);
        }
    }

    /** The groups (sub-index × lead agency) added up by sub-index, in the groups' sub-index order. */
    static List<CountRow> bySubIndex(List<LeadAgencyView.Group> groups, Function<String, String> subIndexName) {
        return sum(groups, LeadAgencyView.Group::papi, g -> g.papi() == null ? null : subIndexName.apply(g.papi()));
    }

    /** The groups added up by lead agency: most findings first, then by code; the findings of no agency last. */
    static List<CountRow> byLeadAgency(List<LeadAgencyView.Group> groups) {
        List<CountRow> rows = new ArrayList<>(sum(groups, LeadAgencyView.Group::leadAgency,
                g -> g.leadAgencyName() != null ? g.leadAgencyName() : g.leadAgency()));
        rows.sort(Comparator.comparing((CountRow r) -> r.key() == null)
                .thenComparing(CountRow::total, Comparator.reverseOrder())
                .thenComparing(CountRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** The totals of a table's column, for its last row. */
    static CountRow total(List<CountRow> rows) {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        rows.forEach(r -> r.bySeverity().forEach((s, n) -> severities.merge(s, n, Long::sum)));
        return new CountRow(null, null, severities, rows.stream().mapToLong(CountRow::total).sum(),
                rows.stream().mapToLong(CountRow::counted).sum());
    }

    private static List<CountRow> sum(List<LeadAgencyView.Group> groups, Function<LeadAgencyView.Group, String> key,
                                      Function<LeadAgencyView.Group, String> name) {
        Map<String, CountRow> rows = new LinkedHashMap<>();
        for (LeadAgencyView.Group g : groups) {
            rows.merge(key.apply(g), new CountRow(key.apply(g), name.apply(g), new EnumMap<>(g.bySeverity()), g.total(),
                    g.counted()), DashboardView::add);
        }
        return List.copyOf(rows.values());
    }

    private static CountRow add(CountRow a, CountRow b) {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        severities.putAll(a.bySeverity());
        b.bySeverity().forEach((s, n) -> severities.merge(s, n, Long::sum));
        return new CountRow(a.key(), a.name() != null ? a.name() : b.name(), severities, a.total() + b.total(),
                a.counted() + b.counted());
    }

    /**
     * A task of the plan, its lead agency's name, and whether PLAN-01 finds it late today (not done by the end of its
     * window, or done after it): the rules decide, as for the API's findings.
     */
    record TaskLine(StoredPlanTask task, String leadName, boolean late) {

        static List<TaskLine> of(List<StoredPlanTask> tasks, Set<String> lateSubjects, Function<String, String> unitName) {
            return tasks.stream()
                    .map(t -> new TaskLine(t, unitName.apply(t.lead()), lateSubjects.contains(t.toTask().subject())))
                    .toList();
        }
    }

    /** The data of the two charts, embedded in the page as JSON and drawn by {@code /js/dashboard.js}. */
    record ChartData(List<SeriesKey> severities, String axis, Chart subIndices, Chart leadAgencies) {
    }

    /** One stacked series: a severity, its label. */
    record SeriesKey(String key, String label) {
    }

    /**
     * @param categories the axis labels (sub-index codes, agency names)
     * @param titles     the tooltips' titles, one a category (a sub-index with its name)
     * @param series     per severity key, one count a category
     */
    record Chart(List<String> categories, List<String> titles, Map<String, List<Long>> series) {

        static Chart of(List<CountRow> rows, Function<CountRow, String> category, Function<CountRow, String> title) {
            Map<String, List<Long>> series = new LinkedHashMap<>();
            for (Severity s : SEVERITIES) {
                series.put(s.name(), rows.stream().map(r -> r.of(s)).toList());
            }
            return new Chart(rows.stream().map(category).toList(), rows.stream().map(title).toList(), series);
        }
    }

    /** A text of the page given by its message key and arguments (a flash message survives the redirect). */
    record Notice(String key, List<String> args) implements Serializable {

        static Notice of(String key, Object... args) {
            return new Notice(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        /** The arguments as the template's {@code #messages.msgWithParams} takes them. */
        public Object[] params() {
            return args.toArray();
        }
    }

    /**
     * A refused status change of a plan task, for the page after the redirect: why (every problem), and what was
     * typed, so that the form shows it again.
     */
    record Refusal(String task, List<Notice> problems, String status, String doneOn, String note) implements Serializable {
    }

    /** A status change that was recorded. */
    record Saved(String task, String status) implements Serializable {
    }
}
