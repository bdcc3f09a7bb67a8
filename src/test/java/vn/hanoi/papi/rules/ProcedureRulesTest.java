package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.FindingsAssert.assertNoFinding;
import static vn.hanoi.papi.support.FindingsAssert.findingsOf;
import static vn.hanoi.papi.support.FindingsAssert.onlyFinding;
import static vn.hanoi.papi.support.SubmissionBuilder.inspectedOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.SubmissionBuilder;

@DisplayName("Administrative procedure (TTHC) rules (PAPI 5.2 / 5.3)")
class ProcedureRulesTest {

    private static final String CODE = "000.00.31.H26-220801-0001";
    private static final String SUBJECT = "DOSSIERS[" + CODE + "]";
    private static final String DECREE_61 = "Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9";
    private static final String DECREE_118 = "Nghị định 118/2025/NĐ-CP (cơ chế một cửa, một cửa liên thông)";

    /**
     * A DOSSIERS row resolved on its due date, never rescheduled, never sent back for supplements.
     * {@code overrides} replace fields (key, value, key, value…).
     */
    private static Object[] dossier(String code, String receivedOn, String dueOn, Object... overrides) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("procedure", "Chứng thực bản sao từ bản chính");
        row.put("landCertificate", false);
        row.put("receivedOn", receivedOn);
        row.put("dueOn", dueOn);
        row.put("resultOn", dueOn);
        row.put("apologyOn", null);
        row.put("reschedules", 0);
        row.put("supplementRequests", 0);
        for (int i = 0; i < overrides.length; i += 2) {
            row.put((String) overrides[i], overrides[i + 1]);
        }
        List<Object> flat = new ArrayList<>();
        row.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return flat.toArray();
    }

    /** The spec's example dossier: received Mon 01/08/2022, due Wed 03/08/2022. */
    private static Object[] specDossier(Object... overrides) {
        return dossier(CODE, "2022-08-01", "2022-08-03", overrides);
    }

    private static Evaluation evaluate(String inspectedOn, Object[] row) {
        return inspectedOn(inspectedOn).row("DOSSIERS", row).evaluate();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aDossierResolvedOnTimeRaisesNothing() {
        Evaluation e = evaluate("2022-09-14", specDossier());
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("DOSSIERS");
    }

    @Test
    void procedureRulesDoNotRunWhenTheSectionWasNotInspected() {
        Evaluation e = inspectedOn("2022-09-14").compliantPib().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("DOSSIERS");
    }

    @Test
    void aDueDateAfterTheInspectionDayIsAcceptedAndNotYetDue() {
        // The spec's one exception to "every date ≤ inspectedOn".
        SubmissionBuilder s = inspectedOn("2022-09-14")
                .row("DOSSIERS", dossier(CODE, "2022-09-12", "2022-09-20", "resultOn", null));
        Evaluation e = s.evaluate();
        assertThat(e.findings()).isEmpty();
    }

    @Nested
    @DisplayName("TTHC-01: an overdue dossier needs an apology letter at least 1 day before its due date")
    class Tthc01 {

        @Test
        void overdueWithoutResultOrApologyIsMajor() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("resultOn", null)), "TTHC-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isEqualTo(date("2022-08-03"));
            assertThat(f.papi()).isEqualTo("5.3");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalBasis()).isEqualTo(DECREE_61);
            assertThat(f.message()).contains("chưa trả kết quả", "03/08/2022", "14/09/2022", "phiếu xin lỗi", "02/08/2022")
                    .doesNotContain("{");
            assertThat(f.facts()).containsEntry("dueOn", date("2022-08-03")).containsEntry("resultOn", null)
                    .containsEntry("apologyOn", null).containsEntry("apologyDue", date("2022-08-02"))
                    .containsEntry("landCertificate", false).containsEntry("daysLate", 42L);
            // MAJOR: Wed 14/09/2022 + WD 10 = 15, 16, 19–23, 26, 27, 28/09 → 28/09/2022.
            assertThat(f.remediationDue()).isEqualTo(date("2022-09-28"));
        }

        @Test
        void theSpecExampleResolvedTwoDaysLateIsMajor() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("resultOn", "2022-08-05")), "TTHC-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2022-08-03"));
            assertThat(f.facts()).containsEntry("resultOn", date("2022-08-05")).containsEntry("daysLate", 2L);
            assertThat(f.message()).contains("trả kết quả ngày 05/08/2022", "quá hạn 2 ngày", "03/08/2022");
        }

        @Test
        void aResultOnTheDueDateIsOnTimeAndTheDayAfterIsOverdue() {
            assertNoFinding(evaluate("2022-09-14", specDossier("resultOn", "2022-08-03")), "TTHC-01");
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("resultOn", "2022-08-04")), "TTHC-01");
            assertThat(f.facts()).containsEntry("daysLate", 1L);
        }

        @Test
        void anApologyOneDayBeforeTheDueDateExcusesTheDelay() {
            assertNoFinding(evaluate("2022-09-14", specDossier("resultOn", "2022-08-10", "apologyOn", "2022-08-02")),
                    "TTHC-01");
        }

        @Test
        void anApologyOnTheDueDateIsTooLate() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("resultOn", "2022-08-10", "apologyOn", "2022-08-03")),
                    "TTHC-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.facts()).containsEntry("apologyOn", date("2022-08-03"));
            assertThat(f.message()).contains("Phiếu xin lỗi gửi ngày 03/08/2022, sau thời hạn đó.");
        }

        @Test
        void aDueDateEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(evaluate("2022-08-03", specDossier("resultOn", null)), "TTHC-01");
            assertThat(onlyFinding(evaluate("2022-08-04", specDossier("resultOn", null)), "TTHC-01").facts())
                    .containsEntry("daysLate", 1L);
        }

        @Test
        void aDueDateOnSaturdayIsNotMovedToMonday() {
            // Due Sat 06/08/2022: a result on Mon 08/08 is 2 days late; the apology limit is Fri 05/08.
            Object[] row = dossier(CODE, "2022-08-01", "2022-08-06", "resultOn", "2022-08-08");
            Finding f = onlyFinding(evaluate("2022-09-14", row), "TTHC-01");
            assertThat(f.legalDeadline()).isEqualTo(date("2022-08-06"));
            assertThat(f.facts()).containsEntry("daysLate", 2L).containsEntry("apologyDue", date("2022-08-05"));
            assertNoFinding(evaluate("2022-09-14", dossier(CODE, "2022-08-01", "2022-08-06", "resultOn", "2022-08-08",
                    "apologyOn", "2022-08-05")), "TTHC-01");
        }

        @Test
        void aLandCertificateDossierIsCriticalUnderPapi52() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("landCertificate", true, "procedure",
                    "Đăng ký biến động quyền sử dụng đất", "resultOn", null)), "TTHC-01");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.papi()).isEqualTo("5.2");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalDeadline()).isEqualTo(date("2022-08-03"));
            assertThat(f.message()).contains("giấy chứng nhận quyền sử dụng đất", "Đăng ký biến động quyền sử dụng đất");
            assertThat(f.facts()).containsEntry("landCertificate", true);
            // CRITICAL: Wed 14/09/2022 + WD 5 = 15, 16, 19, 20, 21/09 → 21/09/2022.
            assertThat(f.remediationDue()).isEqualTo(date("2022-09-21"));
        }

        @Test
        void aLandCertificateDossierWithATimelyApologyRaisesNothing() {
            assertNoFinding(evaluate("2022-09-14", specDossier("landCertificate", true, "resultOn", "2022-08-10",
                    "apologyOn", "2022-08-01")), "TTHC-01");
        }

        @Test
        void appliesToDossiersDueFrom21June2018WhenDecree61TookEffect() {
            assertNoFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-20", "resultOn", "2018-06-25")),
                    "TTHC-01");
            Finding f = onlyFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-21", "resultOn", "2018-06-25")),
                    "TTHC-01");
            assertThat(f.legalBasis()).isEqualTo(DECREE_61);
        }

        @Test
        void theDueDatePicksTheDecreeCited() {
            assertThat(onlyFinding(evaluate("2025-07-10", dossier(CODE, "2025-06-25", "2025-06-30", "resultOn", "2025-07-02")),
                    "TTHC-01").legalBasis()).isEqualTo(DECREE_61);
            assertThat(onlyFinding(evaluate("2025-07-10", dossier(CODE, "2025-06-25", "2025-07-01", "resultOn", "2025-07-03")),
                    "TTHC-01").legalBasis()).isEqualTo(DECREE_118);
        }
    }

    @Nested
    @DisplayName("TTHC-02: a new result date may be set only once")
    class Tthc02 {

        @Test
        void twoReschedulesAreMajor() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("reschedules", 2)), "TTHC-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("5.3");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalBasis()).isEqualTo(DECREE_61);
            assertThat(f.message()).contains("hẹn lại ngày trả kết quả 2 lần", "một lần");
            assertThat(f.facts()).containsEntry("reschedules", 2).doesNotContainKey("daysLate");
        }

        @Test
        void oneRescheduleIsAllowed() {
            assertNoFinding(evaluate("2022-09-14", specDossier("reschedules", 1)), "TTHC-02");
        }

        @Test
        void aLandCertificateDossierGoesToPapi52() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("reschedules", 3, "landCertificate", true)), "TTHC-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.papi()).isEqualTo("5.2");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
        }

        @Test
        void appliesToDossiersDueFrom21June2018() {
            assertNoFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-20", "reschedules", 2)), "TTHC-02");
            assertThat(onlyFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-21", "reschedules", 2)),
                    "TTHC-02").severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void aDossierDueAfterJuly2025CitesDecree118EvenWhenInspectedBefore() {
            // Inspected Mon 30/06/2025; the dossier is due Wed 02/07/2025, already rescheduled twice.
            Finding f = onlyFinding(evaluate("2025-06-30", dossier(CODE, "2025-06-20", "2025-07-02", "resultOn", null,
                    "reschedules", 2)), "TTHC-02");
            assertThat(f.legalBasis()).isEqualTo(DECREE_118);
        }
    }

    @Nested
    @DisplayName("TTHC-03: supplements are asked for once, in full")
    class Tthc03 {

        @Test
        void twoSupplementRequestsAreMinor() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("supplementRequests", 2)), "TTHC-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("5.3");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 15 khoản 3");
            assertThat(f.message()).contains("yêu cầu bổ sung, hoàn thiện 2 lần", "một lần");
            assertThat(f.facts()).containsEntry("supplementRequests", 2);
            // MINOR: Wed 14/09/2022 + WD 20 → 12/10/2022 (15–16, 19–23, 26–30/09, 03–07, 10–12/10).
            assertThat(f.remediationDue()).isEqualTo(date("2022-10-12"));
        }

        @Test
        void oneSupplementRequestIsAllowed() {
            assertNoFinding(evaluate("2022-09-14", specDossier("supplementRequests", 1)), "TTHC-03");
        }

        @Test
        void aLandCertificateDossierGoesToPapi52() {
            Finding f = onlyFinding(evaluate("2022-09-14", specDossier("supplementRequests", 2, "landCertificate", true)),
                    "TTHC-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.papi()).isEqualTo("5.2");
        }

        @Test
        void appliesToDossiersDueFrom21June2018AndCitesDecree118FromJuly2025() {
            assertNoFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-20", "supplementRequests", 2)),
                    "TTHC-03");
            assertThat(onlyFinding(evaluate("2022-03-01", dossier(CODE, "2018-06-18", "2018-06-21", "supplementRequests", 2)),
                    "TTHC-03").legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 15 khoản 3");
            assertThat(onlyFinding(evaluate("2025-07-10", dossier(CODE, "2025-06-25", "2025-07-01", "supplementRequests", 2)),
                    "TTHC-03").legalBasis()).isEqualTo(DECREE_118);
        }
    }

    @Nested
    @DisplayName("TTHC-04: share of judged dossiers resolved on time not below the threshold (0.95)")
    class Tthc04 {

        /** {@code onTime} dossiers resolved before their due date and {@code overdue} ones resolved after it. */
        private SubmissionBuilder sample(String inspectedOn, int onTime, int overdue) {
            SubmissionBuilder s = inspectedOn(inspectedOn);
            for (int i = 1; i <= onTime; i++) {
                s.row("DOSSIERS", dossier("OK-" + i, "2022-08-01", "2022-08-05", "resultOn", "2022-08-04"));
            }
            for (int i = 1; i <= overdue; i++) {
                // Apology sent in time, so that TTHC-01 stays quiet: the rate rule judges the delay alone.
                s.row("DOSSIERS", dossier("LATE-" + i, "2022-08-01", "2022-08-05", "resultOn", "2022-08-08",
                        "apologyOn", "2022-08-03"));
            }
            return s;
        }

        @Test
        void nineteenOfTwentyIsExactlyTheThresholdAndRaisesNothing() {
            Evaluation e = sample("2022-09-14", 19, 1).evaluate();
            assertNoFinding(e, "TTHC-04");
            assertThat(e.findings()).isEmpty();
        }

        @Test
        void eighteenOfTwentyIsMajor() {
            Finding f = onlyFinding(sample("2022-09-14", 18, 2).evaluate(), "TTHC-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("DOSSIERS");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("5.3");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 30 khoản 2 điểm c; Quyết định 766/QĐ-TTg");
            assertThat(f.facts()).containsEntry("onTime", 18).containsEntry("judged", 20)
                    .containsEntry("rate", 0.9).containsEntry("threshold", 0.95);
            assertThat(f.message()).contains("18/20", "90%", "95%");
            assertThat(f.remediationDue()).isEqualTo(date("2022-09-28"));
        }

        @Test
        void theRateIsRoundedToFourDecimals() {
            Finding f = onlyFinding(sample("2022-09-14", 2, 1).evaluate(), "TTHC-04");
            assertThat(f.facts()).containsEntry("onTime", 2).containsEntry("judged", 3).containsEntry("rate", 0.6667);
            assertThat(f.message()).contains("66,67%");
        }

        @Test
        void noJudgedRowRaisesNothing() {
            // Three dossiers still being processed, due on or after the inspection day (Wed 14/09/2022).
            Evaluation e = inspectedOn("2022-09-14")
                    .row("DOSSIERS", dossier("A", "2022-09-12", "2022-09-14", "resultOn", null))
                    .row("DOSSIERS", dossier("B", "2022-09-12", "2022-09-16", "resultOn", null))
                    .row("DOSSIERS", dossier("C", "2022-09-13", "2022-09-20", "resultOn", null))
                    .evaluate();
            assertThat(e.findings()).isEmpty();
        }

        @Test
        void anEmptyListRaisesNothing() {
            assertThat(inspectedOn("2022-09-14").emptyList("DOSSIERS").evaluate().findings()).isEmpty();
        }

        @Test
        void anUnresolvedDossierIsJudgedOnlyOnceItsDueDateHasPassed() {
            // 18 on time + 2 unresolved due on the inspection day: 18 judged, all on time.
            SubmissionBuilder dueToday = sample("2022-09-14", 18, 0)
                    .row("DOSSIERS", dossier("OPEN-1", "2022-09-12", "2022-09-14", "resultOn", null))
                    .row("DOSSIERS", dossier("OPEN-2", "2022-09-12", "2022-09-14", "resultOn", null));
            assertNoFinding(dueToday.evaluate(), "TTHC-04");
            // The same two due the day before: 20 judged, 18 on time.
            SubmissionBuilder dueYesterday = sample("2022-09-14", 18, 0)
                    .row("DOSSIERS", dossier("OPEN-1", "2022-09-12", "2022-09-13", "resultOn", null))
                    .row("DOSSIERS", dossier("OPEN-2", "2022-09-12", "2022-09-13", "resultOn", null));
            Finding f = onlyFinding(dueYesterday.evaluate(), "TTHC-04");
            assertThat(f.facts()).containsEntry("onTime", 18).containsEntry("judged", 20);
        }

        @Test
        void aDossierResolvedBeforeALaterDueDateCountsAsJudgedAndOnTime() {
            // 18 on time + 1 overdue = 18/19 ≈ 0.9474 < 0.95 → finding.
            assertThat(onlyFinding(sample("2022-09-14", 18, 1).evaluate(), "TTHC-04").facts()).containsEntry("rate", 0.9474);
            // Add one resolved on Tue 13/09 though due Tue 20/09 (after the inspection day): 19/20 → none.
            Evaluation e = sample("2022-09-14", 18, 1)
                    .row("DOSSIERS", dossier("EARLY", "2022-09-12", "2022-09-20", "resultOn", "2022-09-13"))
                    .evaluate();
            assertNoFinding(e, "TTHC-04");
        }

        @Test
        void theRuleIsOnePerSubmissionWhateverTheNumberOfOverdueDossiers() {
            assertThat(findingsOf(sample("2022-09-14", 0, 5).evaluate(), "TTHC-04")).hasSize(1);
        }

        @Test
        void appliesToInspectionsFrom21June2018AndCitesDecree118FromJuly2025() {
            // TTHC-04 is judged on the inspection day.
            assertNoFinding(oldSample("2018-06-20").evaluate(), "TTHC-04");
            assertThat(onlyFinding(oldSample("2018-06-21").evaluate(), "TTHC-04").legalBasis())
                    .isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 30 khoản 2 điểm c; Quyết định 766/QĐ-TTg");
            assertThat(onlyFinding(sample("2025-06-30", 18, 2).evaluate(), "TTHC-04").legalBasis())
                    .isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 30 khoản 2 điểm c; Quyết định 766/QĐ-TTg");
            assertThat(onlyFinding(sample("2025-07-01", 18, 2).evaluate(), "TTHC-04").legalBasis())
                    .isEqualTo("Nghị định 118/2025/NĐ-CP; Quyết định 766/QĐ-TTg");
        }

        /** One on-time and one overdue dossier of June 2018 (rate 0.5), inspected on {@code inspectedOn}. */
        private SubmissionBuilder oldSample(String inspectedOn) {
            return inspectedOn(inspectedOn)
                    .row("DOSSIERS", dossier("OK", "2018-06-01", "2018-06-05", "resultOn", "2018-06-04"))
                    .row("DOSSIERS", dossier("LATE", "2018-06-01", "2018-06-05", "resultOn", "2018-06-08",
                            "apologyOn", "2018-06-02"));
        }
    }
}
