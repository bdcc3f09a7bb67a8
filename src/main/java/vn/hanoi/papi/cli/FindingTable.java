package vn.hanoi.papi.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.units.Unit;

/** The findings as a table for people, one block per file. */
final class FindingTable {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String ROW = "  %-9s %-24s %-38s %-10s %-13s %s%n";

    private FindingTable() {
    }

    static void print(List<EvaluateCommand.FileResult> results, Engine engine, PrintWriter out) {
        for (EvaluateCommand.FileResult r : results) {
            var e = r.evaluation();
            String unitName = engine.units().find(e.unit()).map(Unit::name).orElse(e.unit());
            out.printf("%s — %s (%s), kiểm tra ngày %s%n", r.file(), unitName, e.unit(), e.inspectedOn().format(VN_DATE));
            if (!e.notInspected().isEmpty()) {
                out.println("  Không kiểm tra: " + String.join(", ", e.notInspected()));
            }
            if (e.findings().isEmpty()) {
                out.println("  Không có phát hiện nào.");
            } else {
                out.printf(ROW, "Mã", "Mức độ", "Đối tượng", "Hạn luật", "Hạn khắc phục", "Nội dung");
                for (Finding f : e.findings()) {
                    out.printf(ROW, f.ruleId(), severity(f), f.subject(), date(f.legalDeadline()), date(f.remediationDue()),
                            f.message());
                }
                out.println("  " + summary(e.findings()));
            }
            out.println();
        }
    }

    private static String severity(Finding f) {
        return f.severity() + " (" + f.severity().label() + ")" + (f.repeat() ? " tái phạm" : "");
    }

    private static String date(LocalDate d) {
        return d == null ? "—" : d.format(VN_DATE);
    }

    private static String summary(List<Finding> findings) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        String parts = bySeverity.entrySet().stream()
                .sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
                .map(en -> en.getValue() + " " + en.getKey().label().toLowerCase(java.util.Locale.forLanguageTag("vi")))
                .collect(Collectors.joining(", "));
        return "Tổng: " + findings.size() + " phát hiện (" + parts + ")";
    }
}
