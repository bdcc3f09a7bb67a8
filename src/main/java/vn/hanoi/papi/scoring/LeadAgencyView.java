package vn.hanoi.papi.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * The findings of a year grouped by PAPI sub-index and lead agency (Phụ lục 2), so that each department sees what
 * falls to it to advise on: per group the total and the counts by severity and by status (every severity and status
 * is present, 0 when none).
 */
public final class LeadAgencyView {

    private LeadAgencyView() {
    }

    /** What the view needs of a finding. */
    public record Item(String papi, String leadAgency, Severity severity, FindingStatus status) {
    }

    /** One group. {@code counted}: the findings counted in the CCHC score (CONFIRMED, REMEDIATION_SUBMITTED,
     * CLOSED, REOPENED). */
    public record Group(String papi, String leadAgency, String leadAgencyName, long total, long counted,
                        Map<Severity, Long> bySeverity, Map<FindingStatus, Long> byStatus) {
    }

    /** The groups in sub-index order (1.1, 1.2, …, 10.1), then by lead agency; findings without a sub-index (the
     * history rules have none of their own) are grouped under {@code papi} null, last. */
    public static List<Group> group(List<Item> findings, Function<String, String> agencyName) {
        Map<List<String>, List<Item>> byKey = new LinkedHashMap<>();
        for (Item f : findings) {
            byKey.computeIfAbsent(java.util.Arrays.asList(f.papi(), f.leadAgency()), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, items) -> {
            Map<Severity, Long> severities = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                severities.put(s, items.stream().filter(i -> i.severity() == s).count());
            }
            Map<FindingStatus, Long> statuses = new EnumMap<>(FindingStatus.class);
            for (FindingStatus s : FindingStatus.values()) {
                statuses.put(s, items.stream().filter(i -> i.status() == s).count());
            }
            long counted = items.stream().filter(i -> i.status() != null && i.status().confirmed()).count();
            String lead = key.get(1);
            groups.add(new Group(key.get(0), lead, lead == null ? null : agencyName.apply(lead), items.size(), counted,
                    severities, statuses));
        });
        groups.sort(Comparator.comparing(Group::papi, Comparator.nullsLast(LeadAgencyView::compareCodes))
                .thenComparing(Group::leadAgency, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    /** "1.2" before "1.10" before "2.1". */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
