package vn.hanoi.papi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.TestEngine;

/**
 * The example submissions of fixtures/submissions and the findings they must give. Every expected
 * deadline was counted by hand on the published calendar; the comments show the count.
 */
@DisplayName("Example submissions")
class ExampleSubmissionsTest {

    /** What a test pins of a finding: enough to tell a wrong rule, subject, severity or date. */
    record Expected(String ruleId, Severity severity, String subject, String legalDeadline) {
        static Expected of(Finding f) {
            return new Expected(f.ruleId(), f.severity(), f.subject(),
                    f.legalDeadline() == null ? null : f.legalDeadline().toString());
        }
    }

    private static Expected e(String ruleId, Severity severity, String subject, String legalDeadline) {
        return new Expected(ruleId, severity, subject, legalDeadline);
    }

    static Evaluation evaluate(String file) throws IOException {
        return TestEngine.get().evaluate(Files.readAllBytes(Path.of("fixtures/submissions", file)));
    }

    @Test
    @DisplayName("Xã Việt Hùng, 2022 (the plan's year): a scheduled inspection with Tết inside its deadlines")
    void vietHung2022() throws IOException {
        Evaluation ev = evaluate("2022-viet-hung-scheduled.json");
        assertThat(ev.findings()).extracting(Expected::of).containsExactly(
                e("BUDGET-02", Severity.MAJOR, "BUDGET.ESTIMATE", "2022-01-27"),        // 28/12/2021 + 30 days
                e("BUDGET-04", Severity.MINOR, "BUDGET_EXECUTION[2022-Q2]", "2022-07-15"), // 30/06 + 15 days, disclosed 20/07
                e("BUDGET-05", Severity.MINOR, "BUDGET.ACCOUNTS", "2022-08-19"),         // 20/07 + 30 days, disclosed 22/08
                e("CMP-01", Severity.MINOR, "COMPLAINTS[KN-2022-01]", "2022-03-15"),     // 10 WD from Tue 01/03, accepted 18/03
                e("CMP-02", Severity.MINOR, "COMPLAINTS[KN-2022-01]", "2022-04-18"),     // 18/03 + 30 = Sun 17/04 → Mon 18/04
                e("EGOV-02", Severity.ADVISORY, "PORTAL_QUESTIONS[CH-2022-07]", "2022-07-18"),
                e("GDL-02", Severity.MAJOR, "GDL.TTHC_POSTED_AT_HQ", null),
                e("PIB-01", Severity.MAJOR, "PIB.MEMBERS", null),                        // 4 members, 8 villages
                e("POOR-01", Severity.MAJOR, "POOR.LIST", null),                         // not posted at the commune office
                e("POOR-02", Severity.MINOR, "POOR.LIST", null),                         // Fri 28/01 + Tết + Mon 07/02 = 2 WD
                e("POOR-04", Severity.MINOR, "POOR_COMPLAINTS[PT-2022-01]", "2022-02-16"), // 7 WD from Mon 07/02
                e("RECEP-01", Severity.MINOR, "RECEPTION_DAYS", null),                   // weeks 2022-W14 and W27
                e("RECEP-02", Severity.MAJOR, "RECEPTION_PETITIONS[PA-2022-01]", "2022-08-29"),
                e("RECEP-02", Severity.MINOR, "RECEPTION_PETITIONS[PA-2022-02]", "2022-09-12"), // 2/9 holiday skipped
                e("TTHC-01", Severity.CRITICAL, "DOSSIERS[000.20.31.H26-220510-0003]", "2022-07-08"), // land, apology too late
                e("TTHC-01", Severity.MAJOR, "DOSSIERS[000.20.31.H26-220801-0001]", "2022-08-03"),
                e("TTHC-03", Severity.MINOR, "DOSSIERS[000.20.31.H26-220829-0005]", null),
                e("TTHC-04", Severity.MAJOR, "DOSSIERS", null));                         // 1 on time of 4 judged
        assertThat(ev.notInspected()).containsExactly("PIB_REPORTS", "PIB_RECOMMENDATIONS", "INVESTMENT_PROJECTS",
                "VILLAGE_ELECTIONS", "DENUNCIATIONS");
        Finding recep = ev.findings().stream().filter(f -> f.ruleId().equals("RECEP-01")).findFirst().orElseThrow();
        assertThat(recep.facts().get("weeks")).isEqualTo(List.of("2022-W14", "2022-W27"));
        Finding land = ev.findings().get(14);
        assertThat(land.papi()).isEqualTo("5.2");
        assertThat(land.remediationDue()).isEqualTo(LocalDate.parse("2022-09-21"));     // CRITICAL: 5 WD from 14/09
        assertThat(ev.findings()).filteredOn(f -> f.ruleId().startsWith("TTHC"))
                .allSatisfy(f -> assertThat(f.legalBasis()).startsWith("Nghị định 61/2018/NĐ-CP"));
    }

    @Test
    @DisplayName("Xã Uy Nỗ, 2024: grassroots democracy under Law 10/2022 and Decree 59/2023")
    void uyNo2024() throws IOException {
        Evaluation ev = evaluate("2024-uy-no-grassroots-democracy.json");
        assertThat(ev.findings()).extracting(Expected::of).containsExactly(
                e("BUDGET-06", Severity.MINOR, "BUDGET.POSTING", null),                  // not posted at the villages
                e("CISB-01", Severity.MINOR, "INVESTMENT_PROJECTS[DA-2024-01]", null),    // 4 members
                e("EGOV-01", Severity.MINOR, "EGOV.PORTAL", null),
                e("EGOV-02", Severity.ADVISORY, "PORTAL_QUESTIONS[CH-2024-15]", "2024-10-04"),
                e("GDL-01", Severity.MINOR, "GDL.DISCLOSURE_LIST", null),                // updated 20/05, before 01/07
                e("GDL-04", Severity.MAJOR, "GDL.DIALOGUE", null),                       // 28/09/2023 < 16/10/2023
                e("GDL-05", Severity.MINOR, "GDL.VILLAGES_WITHOUT_YEAREND_MEETING", null),
                e("PIB-02", Severity.MAJOR, "PIB.MEMBERS_WHO_ARE_OFFICIALS", null),
                e("PIB-03", Severity.MINOR, "PIB_REPORTS[2024-Q2]", null),               // Q3 ends 30/09: not 15 days before 15/10
                e("PIB-04", Severity.MINOR, "PIB_RECOMMENDATIONS[KN-BTTND-2024-01]", "2024-05-04"), // working Saturday
                e("VH-01", Severity.MINOR, "VILLAGE_ELECTIONS[Thôn Đông]", "2024-04-01"), // 21/04 − 20 days
                e("VH-04", Severity.CRITICAL, "VILLAGE_ELECTIONS[Thôn Đoài]", null),      // 185 × 2 ≤ 380
                e("VH-06", Severity.ADVISORY, "VILLAGE_ELECTIONS[Thôn Đông]", null));     // a single candidate
        assertThat(ev.findings()).filteredOn(f -> f.severity() == Severity.ADVISORY)
                .allSatisfy(f -> assertThat(f.remediationDue()).isNull());
    }

    @Test
    @DisplayName("Phường Hàng Trống, 2025: a nearly compliant ward, deadlines met on their last day")
    void hangTrong2025() throws IOException {
        Evaluation ev = evaluate("2025-hang-trong-ward-nearly-compliant.json");
        assertThat(ev.findings()).extracting(Expected::of).containsExactly(
                e("TTHC-03", Severity.MINOR, "DOSSIERS[000.25.31.H26-250424-0102]", null)); // asked twice for supplements
        assertThat(ev.notInspected()).containsExactly("POOR_COMPLAINTS", "PIB_RECOMMENDATIONS", "INVESTMENT_PROJECTS",
                "VILLAGE_ELECTIONS");
    }

    @Test
    @DisplayName("Xã Minh Trí, 2024: a surprise inspection of land-certificate dossiers")
    void minhTri2024() throws IOException {
        Evaluation ev = evaluate("2024-minh-tri-surprise-land-dossiers.json");
        assertThat(ev.findings()).extracting(Expected::of).containsExactly(
                e("TTHC-01", Severity.CRITICAL, "DOSSIERS[000.32.31.H26-240115-0013]", "2024-02-07"), // apology on the due day
                e("TTHC-01", Severity.CRITICAL, "DOSSIERS[000.32.31.H26-240201-0014]", "2024-02-26"), // no result, no apology
                e("TTHC-02", Severity.MAJOR, "DOSSIERS[000.32.31.H26-240115-0013]", null),            // rescheduled twice
                e("TTHC-03", Severity.MINOR, "DOSSIERS[000.32.31.H26-231106-0016]", null),
                e("TTHC-04", Severity.MAJOR, "DOSSIERS", null));                                      // 2 on time of 5
        assertThat(ev.findings()).filteredOn(f -> !f.ruleId().equals("TTHC-04"))
                .allSatisfy(f -> assertThat(f.papi()).isEqualTo("5.2"));
        assertThat(ev.notInspected()).hasSize(16).doesNotContain("DOSSIERS");
    }
}
