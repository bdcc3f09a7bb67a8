package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.FindingsAssert.assertNoFinding;
import static vn.hanoi.papi.support.FindingsAssert.findingsOf;
import static vn.hanoi.papi.support.FindingsAssert.onlyFinding;
import static vn.hanoi.papi.support.SubmissionBuilder.inspectedOn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.SubmissionBuilder;

@DisplayName("Complaints, denunciations and citizen reception rules (PAPI 3.1 / 3.2)")
class ComplaintRulesTest {

    /** Xã Minh Quang (Ba Vì): a remote unit (vùng sâu, vùng xa) in the unit registry. */
    private static final String REMOTE_UNIT = "HN-XA-BA-VI-MINH-QUANG";

    private static final String AMENDED_2025 = "(sửa đổi, bổ sung bởi Luật số 136/2025/QH15)";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static SubmissionBuilder complaint(SubmissionBuilder s, String code, int round, String receivedOn,
                                               String acceptedOn, boolean complex, String resolvedOn) {
        return s.row("COMPLAINTS", "code", code, "round", round, "receivedOn", receivedOn, "acceptedOn", acceptedOn,
                "complex", complex, "resolvedOn", resolvedOn);
    }

    private static SubmissionBuilder denunciation(SubmissionBuilder s, String code, String receivedOn,
                                                  String initialHandledOn, boolean multiSiteCheck, String acceptedOn,
                                                  String complexity, int extensions, String resolvedOn) {
        return s.row("DENUNCIATIONS", "code", code, "receivedOn", receivedOn, "initialHandledOn", initialHandledOn,
                "multiSiteCheck", multiSiteCheck, "acceptedOn", acceptedOn, "complexity", complexity,
                "extensions", extensions, "resolvedOn", resolvedOn);
    }

    /** A denunciation handled on time up to its acceptance, to look at its resolution only. */
    private static SubmissionBuilder accepted(SubmissionBuilder s, String acceptedOn, String complexity, int extensions,
                                              String resolvedOn) {
        return denunciation(s, "TC-01", acceptedOn, acceptedOn, false, acceptedOn, complexity, extensions, resolvedOn);
    }

    private static SubmissionBuilder petition(SubmissionBuilder s, String code, String receivedOn, String answeredOn) {
        return s.row("RECEPTION_PETITIONS", "code", code, "receivedOn", receivedOn, "answeredOn", answeredOn);
    }

    private static SubmissionBuilder chairmanReceived(SubmissionBuilder s, String... days) {
        for (String day : days) {
            s.row("RECEPTION_DAYS", "on", day, "byChairman", true);
        }
        return s;
    }

    @Test
    void theRulesDoNotRunWhenTheirSectionsWereNotInspected() {
        Evaluation e = inspectedOn("2022-09-14").compliantPib().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("COMPLAINTS", "DENUNCIATIONS", "RECEPTION_DAYS", "RECEPTION_PETITIONS");
    }

    @Test
    void emptyComplaintDenunciationAndPetitionListsRaiseNothing() {
        Evaluation e = inspectedOn("2022-09-14").emptyList("COMPLAINTS").emptyList("DENUNCIATIONS")
                .emptyList("RECEPTION_PETITIONS").evaluate();
        assertThat(e.findings()).isEmpty();
    }

    @Nested
    @DisplayName("CMP-01: a complaint is accepted within 10 working days of its receipt")
    class Cmp01 {

        // Received Mon 24/01/2022: Tue 25, Wed 26, Thu 27, Fri 28 (4), Tết 29/01–06/02,
        // Mon 7, Tue 8, Wed 9, Thu 10, Fri 11 (9), Mon 14 (10) → 14/02/2022.
        private static final String RECEIVED_BEFORE_TET = "2022-01-24";

        @Test
        void notAcceptedAtAllIsMissingMajor() {
            Finding f = onlyFinding(complaint(inspectedOn("2022-09-14"), "KN-01", 1, RECEIVED_BEFORE_TET, null, false, null)
                    .evaluate(), "CMP-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("COMPLAINTS[KN-01]");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-02-14"));
            assertThat(f.papi()).isEqualTo("3.2");
            assertThat(f.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(f.legalBasis()).isEqualTo("Luật Khiếu nại số 02/2011/QH13, Điều 27; Thông tư 07/2013/TT-TTCP, Điều 5");
            assertThat(f.message()).contains("Chưa thụ lý đơn khiếu nại", "24/01/2022", "14/02/2022");
            assertThat(f.facts()).containsEntry("receivedOn", d(RECEIVED_BEFORE_TET)).containsEntry("acceptedOn", null)
                    .containsEntry("round", 1).containsEntry("daysLate", 212L);   // 14/02 → 14/09/2022
            assertThat(f.remediationDue()).isEqualTo(d("2022-09-28"));
        }

        @Test
        void theWorkingDaysSkipTetSoAcceptingOnTheTenthWorkingDayIsOnTime() {
            Evaluation e = complaint(inspectedOn("2022-09-14"), "KN-01", 1, RECEIVED_BEFORE_TET, "2022-02-14", false, null)
                    .evaluate();
            assertNoFinding(e, "CMP-01");
        }

        @Test
        void acceptedOneDayAfterTheDeadlineIsLateMinor() {
            Finding f = onlyFinding(complaint(inspectedOn("2022-09-14"), "KN-01", 1, RECEIVED_BEFORE_TET, "2022-02-15", false,
                    null).evaluate(), "CMP-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2022-02-14"));
            assertThat(f.facts()).containsEntry("acceptedOn", d("2022-02-15")).containsEntry("daysLate", 1L);
            assertThat(f.message()).contains("chậm 1 ngày", "15/02/2022", "14/02/2022");
            assertThat(f.remediationDue()).isEqualTo(d("2022-10-12"));
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(complaint(inspectedOn("2022-02-14"), "KN-01", 1, RECEIVED_BEFORE_TET, null, false, null).evaluate(),
                    "CMP-01");
            Finding f = onlyFinding(complaint(inspectedOn("2022-02-15"), "KN-01", 1, RECEIVED_BEFORE_TET, null, false, null)
                    .evaluate(), "CMP-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.facts()).containsEntry("daysLate", 1L);
        }

        @Test
        void aSecondRoundComplaintIsJudgedTheSameWay() {
            Finding f = onlyFinding(complaint(inspectedOn("2022-09-14"), "KN-02", 2, RECEIVED_BEFORE_TET, null, false, null)
                    .evaluate(), "CMP-01");
            assertThat(f.subject()).isEqualTo("COMPLAINTS[KN-02]");
            assertThat(f.facts()).containsEntry("round", 2);
        }

        @Test
        void onlyTheOffendingRowIsReported() {
            SubmissionBuilder s = complaint(inspectedOn("2022-09-14"), "KN-01", 1, RECEIVED_BEFORE_TET, "2022-02-10", false, null);
            complaint(s, "KN-02", 1, RECEIVED_BEFORE_TET, null, false, null);
            assertThat(findingsOf(s.evaluate(), "CMP-01")).extracting(Finding::subject).containsExactly("COMPLAINTS[KN-02]");
        }

        @Test
        void complaintsReceivedBeforeTheLawOnComplaintsTookEffectAreNotJudged() {
            // Luật Khiếu nại 2011 in force from 01/07/2012; the row is judged on its receivedOn.
            assertNoFinding(complaint(inspectedOn("2012-12-28"), "KN-01", 1, "2012-06-30", null, false, null).evaluate(),
                    "CMP-01");
            Finding f = onlyFinding(complaint(inspectedOn("2012-12-28"), "KN-01", 1, "2012-07-01", null, false, null)
                    .evaluate(), "CMP-01");
            // Received Sun 01/07/2012: Mon 2 … Fri 6 (5), Mon 9 … Fri 13 (10) → 13/07/2012; 2012 has no published
            // holiday file and has no holiday in July, so the computed calendar is noted; so is 2013's, which the
            // remediation deadline (ten working days after 28/12/2012) is counted into.
            assertThat(f.legalDeadline()).isEqualTo(d("2012-07-13"));
            assertThat(f.remediationDue()).isEqualTo(d("2013-01-14")); // 31/12, 01/01 off, 2–4/1, 7–11/1, 14/1
            assertThat(f.facts()).containsEntry("calendarComputedYears", List.of(2012, 2013));
            assertThat(f.message()).contains("Ngày nghỉ lễ năm 2012, 2013");
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding f = onlyFinding(complaint(inspectedOn("2026-09-01"), "KN-01", 1, "2026-07-01", null, false, null)
                    .evaluate(), "CMP-01");
            assertThat(f.legalBasis()).isEqualTo("Luật Khiếu nại số 02/2011/QH13 " + AMENDED_2025
                    + ", Điều 27; Thông tư 07/2013/TT-TTCP, Điều 5");
            Finding before = onlyFinding(complaint(inspectedOn("2026-09-01"), "KN-01", 1, "2026-06-30", null, false, null)
                    .evaluate(), "CMP-01");
            assertThat(before.legalBasis()).doesNotContain("136/2025");
        }
    }

    @Nested
    @DisplayName("CMP-02: a complaint is resolved within 30/45/60/70 days of its acceptance")
    class Cmp02 {

        // Accepted Tue 01/03/2022, so CMP-01 is quiet: +30 = Thu 31/03; +45 = Fri 15/04;
        // +60 = Sat 30/04, inside the 30/04–03/05 holiday → Wed 04/05; +70 = Tue 10/05/2022.
        @ParameterizedTest(name = "round {0}, complex {1}, remote {2}: {3} days → {4}")
        @CsvSource({
                "1, false, false, 30, 2022-03-31",
                "1, true,  false, 45, 2022-04-15",
                "1, false, true,  45, 2022-04-15",
                "1, true,  true,  60, 2022-05-04",
                "2, false, false, 45, 2022-04-15",
                "2, true,  false, 60, 2022-05-04",
                "2, false, true,  60, 2022-05-04",
                "2, true,  true,  70, 2022-05-10"})
        void theDaysAllowedDependOnRoundComplexityAndRemoteness(int round, boolean complex, boolean remote, int days,
                                                                String due) {
            String unit = remote ? REMOTE_UNIT : "HN-XA-DONG-ANH-VIET-HUNG";
            Finding missing = onlyFinding(complaint(inspectedOn("2022-09-14").unit(unit), "KN-01", round, "2022-03-01",
                    "2022-03-01", complex, null).evaluate(), "CMP-02");
            assertThat(missing.severity()).isEqualTo(Severity.MAJOR);
            assertThat(missing.subject()).isEqualTo("COMPLAINTS[KN-01]");
            assertThat(missing.legalDeadline()).isEqualTo(d(due));
            assertThat(missing.papi()).isEqualTo("3.2");
            assertThat(missing.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(missing.legalBasis()).isEqualTo("Luật Khiếu nại số 02/2011/QH13, Điều " + (round == 1 ? 28 : 37));
            assertThat(missing.message()).contains("Chưa ban hành quyết định giải quyết khiếu nại", days + " ngày",
                    complex && remote ? "vụ việc phức tạp, xã vùng sâu, vùng xa"
                            : complex ? "(vụ việc phức tạp)" : remote ? "(xã vùng sâu, vùng xa)" : "(vụ việc không phức tạp)");
            assertThat(missing.facts()).containsEntry("days", days).containsEntry("round", round)
                    .containsEntry("complex", complex).containsEntry("remote", remote)
                    .containsEntry("acceptedOn", d("2022-03-01")).containsEntry("resolvedOn", null);

            assertNoFinding(complaint(inspectedOn("2022-09-14").unit(unit), "KN-01", round, "2022-03-01", "2022-03-01",
                    complex, due).evaluate(), "CMP-02");

            Finding late = onlyFinding(complaint(inspectedOn("2022-09-14").unit(unit), "KN-01", round, "2022-03-01",
                    "2022-03-01", complex, d(due).plusDays(1).toString()).evaluate(), "CMP-02");
            assertThat(late.severity()).isEqualTo(Severity.MINOR);
            assertThat(late.legalDeadline()).isEqualTo(d(due));
            assertThat(late.facts()).containsEntry("daysLate", 1L);
            assertThat(late.message()).contains("chậm 1 ngày");
        }

        @Test
        void aLastDayInsideTetMovesToTheFirstWorkingDayAfterIt() {
            // Accepted Fri 31/12/2021 + 30 days = Sun 30/01/2022, inside Tết 29/01–06/02 → Mon 07/02/2022.
            SubmissionBuilder onTime = complaint(inspectedOn("2022-09-14"), "KN-01", 1, "2021-12-31", "2021-12-31", false,
                    "2022-02-07");
            assertNoFinding(onTime.evaluate(), "CMP-02");
            Finding late = onlyFinding(complaint(inspectedOn("2022-09-14"), "KN-01", 1, "2021-12-31", "2021-12-31", false,
                    "2022-02-08").evaluate(), "CMP-02");
            assertThat(late.severity()).isEqualTo(Severity.MINOR);
            assertThat(late.legalDeadline()).isEqualTo(d("2022-02-07"));
        }

        @Test
        void aComplaintNotYetAcceptedIsLeftToCmp01() {
            Evaluation e = complaint(inspectedOn("2022-09-14"), "KN-01", 1, "2022-03-01", null, false, null).evaluate();
            assertNoFinding(e, "CMP-02");
            assertThat(findingsOf(e, "CMP-01")).hasSize(1);
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(complaint(inspectedOn("2022-03-31"), "KN-01", 1, "2022-03-01", "2022-03-01", false, null)
                    .evaluate(), "CMP-02");
            assertThat(onlyFinding(complaint(inspectedOn("2022-04-01"), "KN-01", 1, "2022-03-01", "2022-03-01", false, null)
                    .evaluate(), "CMP-02").severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void complaintsAcceptedBeforeTheLawTookEffectAreNotJudged() {
            // Judged on acceptedOn: 30/06/2012 is before 01/07/2012, 01/07/2012 is on it.
            assertNoFinding(complaint(inspectedOn("2012-12-28"), "KN-01", 1, "2012-06-29", "2012-06-30", false, null)
                    .evaluate(), "CMP-02");
            Finding f = onlyFinding(complaint(inspectedOn("2012-12-28"), "KN-01", 1, "2012-06-29", "2012-07-01", false, null)
                    .evaluate(), "CMP-02");
            // Sun 01/07/2012 + 30 = Tue 31/07/2012 (computed 2012 calendar: no holiday in July).
            assertThat(f.legalDeadline()).isEqualTo(d("2012-07-31"));
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding first = onlyFinding(complaint(inspectedOn("2026-11-02"), "KN-01", 1, "2026-07-01", "2026-07-01", false,
                    null).evaluate(), "CMP-02");
            assertThat(first.legalBasis()).isEqualTo("Luật Khiếu nại số 02/2011/QH13 " + AMENDED_2025 + ", Điều 28");
            Finding second = onlyFinding(complaint(inspectedOn("2026-11-02"), "KN-01", 2, "2026-07-01", "2026-07-01", false,
                    null).evaluate(), "CMP-02");
            assertThat(second.legalBasis()).isEqualTo("Luật Khiếu nại số 02/2011/QH13 " + AMENDED_2025 + ", Điều 37");
        }
    }

    @Nested
    @DisplayName("DEN-01: initial handling of a denunciation within 7 working days (10 when checked at several places)")
    class Den01 {

        // Received Wed 18/01/2023: Thu 19 (1), Tết 20–26/01, Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 01/02 (5),
        // Thu 02/02 (6), Fri 03/02 (7) → WD 7 = 03/02/2023; Mon 06 (8), Tue 07 (9), Wed 08 (10) → WD 10 = 08/02/2023.
        private static final String RECEIVED_BEFORE_TET = "2023-01-18";

        private SubmissionBuilder handled(String inspectedOn, boolean multiSite, String handledOn) {
            return denunciation(inspectedOn(inspectedOn), "TC-01", RECEIVED_BEFORE_TET, handledOn, multiSite, null,
                    "NORMAL", 0, null);
        }

        @Test
        void notHandledAtAllIsMissingMajor() {
            Finding f = onlyFinding(handled("2023-06-15", false, null).evaluate(), "DEN-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("DENUNCIATIONS[TC-01]");
            assertThat(f.legalDeadline()).isEqualTo(d("2023-02-03"));
            assertThat(f.papi()).isEqualTo("3.2");
            assertThat(f.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(f.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14, Điều 24");
            assertThat(f.message()).contains("Chưa xử lý ban đầu đơn tố cáo", "18/01/2023", "7 ngày làm việc", "03/02/2023");
            assertThat(f.facts()).containsEntry("receivedOn", d(RECEIVED_BEFORE_TET)).containsEntry("initialHandledOn", null)
                    .containsEntry("multiSiteCheck", false).containsEntry("workingDays", 7);
        }

        @Test
        void handledOnTheSeventhWorkingDayAfterTetIsOnTimeAndTheNextWorkingDayIsLate() {
            assertNoFinding(handled("2023-06-15", false, "2023-02-03").evaluate(), "DEN-01");
            Finding f = onlyFinding(handled("2023-06-15", false, "2023-02-04").evaluate(), "DEN-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2023-02-03"));
            assertThat(f.facts()).containsEntry("daysLate", 1L);
            assertThat(f.message()).contains("chậm 1 ngày", "04/02/2023");
        }

        @Test
        void aCheckAtSeveralPlacesAllowsTenWorkingDays() {
            assertNoFinding(handled("2023-06-15", true, "2023-02-08").evaluate(), "DEN-01");
            Finding f = onlyFinding(handled("2023-06-15", true, "2023-02-09").evaluate(), "DEN-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2023-02-08"));
            assertThat(f.facts()).containsEntry("workingDays", 10).containsEntry("multiSiteCheck", true);
            assertThat(f.message()).contains("10 ngày làm việc");
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(handled("2023-02-03", false, null).evaluate(), "DEN-01");
            assertThat(onlyFinding(handled("2023-02-06", false, null).evaluate(), "DEN-01").facts())
                    .containsEntry("daysLate", 3L);   // Fri 03/02 → Mon 06/02
        }

        @Test
        void denunciationsReceivedBeforeTheLawOnDenunciationsTookEffectAreNotJudged() {
            // Luật Tố cáo 2018 in force from 01/01/2019, judged on receivedOn.
            assertNoFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2018-12-31", null, false, null, "NORMAL", 0, null)
                    .evaluate(), "DEN-01");
            Finding f = onlyFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2019-01-01", null, false, null,
                    "NORMAL", 0, null).evaluate(), "DEN-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding f = onlyFinding(denunciation(inspectedOn("2026-09-01"), "TC-01", "2026-07-01", null, false, null,
                    "NORMAL", 0, null).evaluate(), "DEN-01");
            assertThat(f.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14 " + AMENDED_2025 + ", Điều 24");
        }
    }

    @Nested
    @DisplayName("DEN-02: a denunciation is resolved within 30 days of acceptance plus the allowed extensions")
    class Den02 {

        // Accepted Tue 01/03/2022: +30 = Thu 31/03; +60 = Sat 30/04 (holiday 30/04–03/05) → Wed 04/05;
        // +90 = Mon 30/05/2022.
        @ParameterizedTest(name = "{0} with {1} extension(s): {2} days → {3}")
        @CsvSource({
                "NORMAL,             0, 30, 2022-03-31",
                "NORMAL,             1, 30, 2022-03-31",
                "COMPLEX,            0, 30, 2022-03-31",
                "COMPLEX,            1, 60, 2022-05-04",
                "COMPLEX,            2, 60, 2022-05-04",
                "ESPECIALLY_COMPLEX, 1, 60, 2022-05-04",
                "ESPECIALLY_COMPLEX, 2, 90, 2022-05-30",
                "ESPECIALLY_COMPLEX, 3, 90, 2022-05-30"})
        void onlyTheExtensionsTheLawAllowsLengthenThePeriod(String complexity, int extensions, int days, String due) {
            Finding missing = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", complexity, extensions, null)
                    .evaluate(), "DEN-02");
            assertThat(missing.severity()).isEqualTo(Severity.MAJOR);
            assertThat(missing.subject()).isEqualTo("DENUNCIATIONS[TC-01]");
            assertThat(missing.legalDeadline()).isEqualTo(d(due));
            assertThat(missing.papi()).isEqualTo("3.2");
            assertThat(missing.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(missing.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14, Điều 30");
            assertThat(missing.message()).contains("Chưa ban hành kết luận nội dung tố cáo", days + " ngày");
            assertThat(missing.facts()).containsEntry("days", days).containsEntry("extensions", extensions)
                    .containsEntry("complexity", complexity).containsEntry("acceptedOn", d("2022-03-01"));

            assertNoFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", complexity, extensions, due).evaluate(), "DEN-02");

            Finding late = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", complexity, extensions,
                    d(due).plusDays(1).toString()).evaluate(), "DEN-02");
            assertThat(late.severity()).isEqualTo(Severity.MINOR);
            assertThat(late.legalDeadline()).isEqualTo(d(due));
            assertThat(late.facts()).containsEntry("daysLate", 1L);
        }

        @Test
        void theExtendedPeriodIsCountedOnceFromAcceptanceNotChained() {
            // Accepted Thu 07/07/2022, complex, extended once: 07/07 + 60 = Mon 05/09/2022 (a working day).
            // Chained periods would give 07/07 + 30 = Sat 06/08 → Mon 08/08, + 30 = Wed 07/09: not what the catalog says.
            assertNoFinding(accepted(inspectedOn("2022-09-14"), "2022-07-07", "COMPLEX", 1, "2022-09-05").evaluate(), "DEN-02");
            Finding f = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-07-07", "COMPLEX", 1, "2022-09-06").evaluate(),
                    "DEN-02");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2022-09-05"));
        }

        @Test
        void aLastDayInsideTetMovesToTheFirstWorkingDayAfterIt() {
            // Accepted Wed 10/01/2024 + 30 = Fri 09/02/2024, inside Tết 08–14/02 → Thu 15/02/2024.
            assertNoFinding(accepted(inspectedOn("2024-06-03"), "2024-01-10", "NORMAL", 0, "2024-02-15").evaluate(), "DEN-02");
            Finding f = onlyFinding(accepted(inspectedOn("2024-06-03"), "2024-01-10", "NORMAL", 0, "2024-02-16").evaluate(),
                    "DEN-02");
            assertThat(f.legalDeadline()).isEqualTo(d("2024-02-15"));
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        }

        @Test
        void aDenunciationNotYetAcceptedIsNotJudged() {
            Evaluation e = denunciation(inspectedOn("2022-09-14"), "TC-01", "2022-03-01", "2022-03-03", false, null,
                    "NORMAL", 0, null).evaluate();
            assertNoFinding(e, "DEN-02");
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(accepted(inspectedOn("2022-03-31"), "2022-03-01", "NORMAL", 0, null).evaluate(), "DEN-02");
            assertThat(onlyFinding(accepted(inspectedOn("2022-04-01"), "2022-03-01", "NORMAL", 0, null).evaluate(), "DEN-02")
                    .severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void denunciationsAcceptedBeforeTheLawTookEffectAreNotJudged() {
            // Judged on acceptedOn: 31/12/2018 is before 01/01/2019.
            assertNoFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2018-12-20", "2018-12-20", false, "2018-12-31",
                    "NORMAL", 0, null).evaluate(), "DEN-02");
            Finding f = onlyFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2018-12-20", "2018-12-20", false,
                    "2019-01-01", "NORMAL", 0, null).evaluate(), "DEN-02");
            // 01/01/2019 + 30 = Thu 31/01/2019 (computed 2019 calendar: Tết 2019 begins in February).
            assertThat(f.legalDeadline()).isEqualTo(d("2019-01-31"));
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding f = onlyFinding(accepted(inspectedOn("2026-09-01"), "2026-07-01", "NORMAL", 0, null).evaluate(), "DEN-02");
            assertThat(f.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14 " + AMENDED_2025 + ", Điều 30");
        }
    }

    @Nested
    @DisplayName("DEN-03: no more extensions than the law allows (none, 1 when complex, 2 when especially complex)")
    class Den03 {

        @Test
        void extendingANormalDenunciationIsMinor() {
            Finding f = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "NORMAL", 1, "2022-03-20").evaluate(),
                    "DEN-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("DENUNCIATIONS[TC-01]");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("3.2");
            assertThat(f.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(f.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3");
            assertThat(f.message()).contains("gia hạn giải quyết 1 lần", "vượt", "0 lần");
            assertThat(f.facts()).containsEntry("extensions", 1).containsEntry("allowedExtensions", 0)
                    .containsEntry("complexity", "NORMAL").doesNotContainKey("daysLate");
        }

        @Test
        void aComplexCaseMayBeExtendedOnceAndAnEspeciallyComplexOneTwice() {
            assertNoFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "NORMAL", 0, null).evaluate(), "DEN-03");
            assertNoFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "COMPLEX", 1, null).evaluate(), "DEN-03");
            assertNoFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "ESPECIALLY_COMPLEX", 2, null).evaluate(),
                    "DEN-03");
        }

        @Test
        void oneExtensionTooManyIsMinor() {
            Finding complex = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "COMPLEX", 2, null).evaluate(),
                    "DEN-03");
            assertThat(complex.severity()).isEqualTo(Severity.MINOR);
            assertThat(complex.facts()).containsEntry("extensions", 2).containsEntry("allowedExtensions", 1);
            assertThat(complex.message()).contains("phức tạp");
            Finding especially = onlyFinding(accepted(inspectedOn("2022-09-14"), "2022-03-01", "ESPECIALLY_COMPLEX", 3, null)
                    .evaluate(), "DEN-03");
            assertThat(especially.facts()).containsEntry("extensions", 3).containsEntry("allowedExtensions", 2);
            assertThat(especially.message()).contains("đặc biệt phức tạp");
        }

        @Test
        void denunciationsReceivedBeforeTheLawTookEffectAreNotJudged() {
            assertNoFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2018-12-31", "2019-01-02", false, "2019-01-02",
                    "NORMAL", 1, "2019-01-20").evaluate(), "DEN-03");
            assertThat(onlyFinding(denunciation(inspectedOn("2019-06-03"), "TC-01", "2019-01-01", "2019-01-02", false,
                    "2019-01-02", "NORMAL", 1, "2019-01-20").evaluate(), "DEN-03").severity()).isEqualTo(Severity.MINOR);
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding f = onlyFinding(accepted(inspectedOn("2026-09-01"), "2026-07-01", "NORMAL", 1, "2026-07-20").evaluate(),
                    "DEN-03");
            assertThat(f.legalBasis()).isEqualTo("Luật Tố cáo số 25/2018/QH14 " + AMENDED_2025
                    + ", Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3");
        }
    }

    @Nested
    @DisplayName("RECEP-01: the commune chairman receives citizens at least one day in every week of the period")
    class Recep01 {

        // March 2022: period Tue 01/03 – Thu 31/03 touches five ISO weeks:
        // W09 (28/02–06/03), W10 (07–13/03), W11 (14–20/03), W12 (21–27/03), W13 (28/03–03/04).
        private SubmissionBuilder march() {
            return inspectedOn("2022-04-05").period("2022-03-01", "2022-03-31");
        }

        @Test
        void aReceptionEveryWeekRaisesNothing() {
            assertNoFinding(chairmanReceived(march(), "2022-03-01", "2022-03-10", "2022-03-17", "2022-03-24", "2022-03-31")
                    .evaluate(), "RECEP-01");
        }

        @Test
        void fourWeeksWithoutTheChairmanIsMajor() {
            Finding f = onlyFinding(chairmanReceived(march(), "2022-03-02").evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("RECEPTION_DAYS");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("3.1");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Luật Tiếp công dân số 42/2013/QH13, Điều 15 khoản 2");
            assertThat(f.facts()).containsEntry("weeks", List.of("2022-W10", "2022-W11", "2022-W12", "2022-W13"))
                    .containsEntry("weekCount", 4)
                    .containsEntry("periodFrom", d("2022-03-01")).containsEntry("periodTo", d("2022-03-31"));
            assertThat(f.message()).contains("không trực tiếp tiếp công dân", "4 tuần", "01/03/2022", "31/03/2022",
                    "07/03/2022–13/03/2022, 14/03/2022–20/03/2022, 21/03/2022–27/03/2022, 28/03/2022–03/04/2022");
            assertThat(f.facts()).containsEntry("weekDates", List.of("07/03/2022–13/03/2022", "14/03/2022–20/03/2022",
                    "21/03/2022–27/03/2022", "28/03/2022–03/04/2022"));
            // asOf Tue 05/04: Wed 6, Thu 7, Fri 8 (3), Giỗ Tổ Mon 11, Tue 12 … Fri 15 (7), Mon 18, Tue 19, Wed 20 (10).
            assertThat(f.remediationDue()).isEqualTo(d("2022-04-20"));
        }

        @Test
        void exactlyThreeWeeksWithoutTheChairmanIsMinor() {
            Finding f = onlyFinding(chairmanReceived(march(), "2022-03-02", "2022-03-08").evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.facts()).containsEntry("weeks", List.of("2022-W11", "2022-W12", "2022-W13"))
                    .containsEntry("weekCount", 3);
            assertThat(f.legalDeadline()).isNull();
        }

        @Test
        void anEmptyListMeansTheChairmanReceivedNobody() {
            Finding f = onlyFinding(march().emptyList("RECEPTION_DAYS").evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.facts()).containsEntry("weekCount", 5)
                    .containsEntry("weeks", List.of("2022-W09", "2022-W10", "2022-W11", "2022-W12", "2022-W13"));
        }

        @Test
        void doesNotRunWhenTheReceptionDaysWereNotInspected() {
            Evaluation e = march().emptyList("RECEPTION_PETITIONS").evaluate();
            assertNoFinding(e, "RECEP-01");
            assertThat(e.notInspected()).contains("RECEPTION_DAYS");
        }

        @Test
        void aReceptionByAnotherOfficialDoesNotCount() {
            SubmissionBuilder s = chairmanReceived(march(), "2022-03-01", "2022-03-10", "2022-03-17", "2022-03-24")
                    .row("RECEPTION_DAYS", "on", "2022-03-29", "byChairman", false);
            Finding f = onlyFinding(s.evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.facts()).containsEntry("weeks", List.of("2022-W13"));
        }

        @Test
        void aWeekWhoseOnlyWorkingDaysAreTetIsNotRequired() {
            // Period Mon 24/01 – Sun 13/02/2022: W04 (24–30/01, working Mon 24 – Fri 28),
            // W05 (31/01–06/02, all Tết), W06 (07–13/02). Receptions in W04 and W06 only.
            SubmissionBuilder s = inspectedOn("2022-02-14").period("2022-01-24", "2022-02-13");
            assertNoFinding(chairmanReceived(s, "2022-01-27", "2022-02-10").evaluate(), "RECEP-01");
            Finding f = onlyFinding(chairmanReceived(inspectedOn("2022-02-14").period("2022-01-24", "2022-02-13"),
                    "2022-01-27").evaluate(), "RECEP-01");
            assertThat(f.facts()).containsEntry("weeks", List.of("2022-W06")).containsEntry("weekCount", 1);
        }

        @Test
        void partialWeeksAtBothEndsOfThePeriodCount() {
            // Period Fri 04/03 – Mon 14/03/2022: Fri 04/03 is in W09, Mon 14/03 in W11; one reception in W10.
            Finding f = onlyFinding(chairmanReceived(inspectedOn("2022-03-21").period("2022-03-04", "2022-03-14"),
                    "2022-03-09").evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.facts()).containsEntry("weeks", List.of("2022-W09", "2022-W11")).containsEntry("weekCount", 2);
        }

        @Test
        void aReceptionAnywhereInTheWeekCountsEvenOutsideThePeriod() {
            // Mon 28/02 (W09) is before the period, Fri 18/03 (W11) after it: both weeks are covered.
            assertNoFinding(chairmanReceived(inspectedOn("2022-03-21").period("2022-03-04", "2022-03-14"),
                    "2022-02-28", "2022-03-09", "2022-03-18").evaluate(), "RECEP-01");
        }

        @Test
        void aReceptionOnSaturdayCountsForItsWeek() {
            // Period Mon 07/03 – Sun 13/03/2022 (W10); the chairman received citizens on Sat 12/03 only.
            assertNoFinding(chairmanReceived(inspectedOn("2022-03-14").period("2022-03-07", "2022-03-13"), "2022-03-12")
                    .evaluate(), "RECEP-01");
        }

        @Test
        void weeksAcrossNewYearUseTheIsoWeekBasedYear() {
            // Period Mon 27/12/2021 – Sun 09/01/2022: 2021-W52 (27/12–02/01) and 2022-W01 (03–09/01, Mon 03 is a day off).
            Finding f = onlyFinding(inspectedOn("2022-01-10").period("2021-12-27", "2022-01-09").emptyList("RECEPTION_DAYS")
                    .evaluate(), "RECEP-01");
            assertThat(f.facts()).containsEntry("weeks", List.of("2021-W52", "2022-W01"))
                    .containsEntry("weekDates", List.of("27/12/2021–02/01/2022", "03/01/2022–09/01/2022"));
        }

        @Test
        void judgedOnTheInspectionDayFromTheLawOnCitizenReception() {
            // Luật Tiếp công dân in force from 01/07/2014; RECEP-01 is judged on asOf.
            assertNoFinding(inspectedOn("2014-06-30").period("2014-06-02", "2014-06-30").emptyList("RECEPTION_DAYS").evaluate(),
                    "RECEP-01");
            Finding f = onlyFinding(inspectedOn("2014-07-01").period("2014-06-02", "2014-07-01").emptyList("RECEPTION_DAYS")
                    .evaluate(), "RECEP-01");
            // W23 (02–08/06), W24, W25, W26 (23–29/06), W27 (30/06–06/07): 5 weeks, on a computed 2014 calendar.
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.facts()).containsEntry("weekCount", 5).containsEntry("calendarComputedYears", List.of(2014));
            assertThat(f.message()).contains("Ngày nghỉ lễ năm 2014");
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            // Period Wed 01/07 – Fri 10/07/2026: W27 (29/06–05/07) and W28 (06–12/07).
            Finding f = onlyFinding(inspectedOn("2026-07-10").period("2026-07-01", "2026-07-10").emptyList("RECEPTION_DAYS")
                    .evaluate(), "RECEP-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.facts()).containsEntry("weeks", List.of("2026-W27", "2026-W28"));
            assertThat(f.legalBasis()).isEqualTo("Luật Tiếp công dân số 42/2013/QH13 " + AMENDED_2025 + ", Điều 15 khoản 2");
        }
    }

    @Nested
    @DisplayName("RECEP-02: a petition received at a reception session is answered within 10 working days")
    class Recep02 {

        // Received Fri 02/02/2024: Mon 5, Tue 6, Wed 7 (3), Tết 08–14/02, Thu 15, Fri 16 (5),
        // Mon 19, Tue 20, Wed 21, Thu 22, Fri 23 (10) → 23/02/2024.
        private static final String RECEIVED_BEFORE_TET = "2024-02-02";

        @Test
        void notAnsweredIsMissingMajor() {
            Finding f = onlyFinding(petition(inspectedOn("2024-06-03"), "KNPA-01", RECEIVED_BEFORE_TET, null).evaluate(),
                    "RECEP-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("RECEPTION_PETITIONS[KNPA-01]");
            assertThat(f.legalDeadline()).isEqualTo(d("2024-02-23"));
            assertThat(f.papi()).isEqualTo("3.2");
            assertThat(f.leadAgency()).isEqualTo("THANH-TRA-TP");
            assertThat(f.legalBasis()).isEqualTo("Luật Tiếp công dân số 42/2013/QH13, Điều 28");
            assertThat(f.message()).contains("Chưa trả lời", "02/02/2024", "23/02/2024");
            assertThat(f.facts()).containsEntry("receivedOn", d(RECEIVED_BEFORE_TET)).containsEntry("answeredOn", null);
        }

        @Test
        void answeredOnTheTenthWorkingDayAfterTetIsOnTimeAndTheDayAfterIsLate() {
            assertNoFinding(petition(inspectedOn("2024-06-03"), "KNPA-01", RECEIVED_BEFORE_TET, "2024-02-23").evaluate(),
                    "RECEP-02");
            Finding f = onlyFinding(petition(inspectedOn("2024-06-03"), "KNPA-01", RECEIVED_BEFORE_TET, "2024-02-24")
                    .evaluate(), "RECEP-02");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2024-02-23"));
            assertThat(f.facts()).containsEntry("daysLate", 1L);
            assertThat(f.message()).contains("chậm 1 ngày", "24/02/2024");
        }

        @Test
        void aCompensatoryWorkingSaturdayCounts() {
            // Received Mon 22/04/2024: Tue 23 … Fri 26 (4), 27/04–01/05 off, Thu 02/05 (5), Fri 03/05 (6),
            // Sat 04/05 worked in exchange (7), Mon 06 (8), Tue 07 (9), Wed 08/05 (10) → 08/05/2024.
            assertNoFinding(petition(inspectedOn("2024-06-03"), "KNPA-01", "2024-04-22", "2024-05-08").evaluate(), "RECEP-02");
            assertThat(onlyFinding(petition(inspectedOn("2024-06-03"), "KNPA-01", "2024-04-22", "2024-05-09").evaluate(),
                    "RECEP-02").legalDeadline()).isEqualTo(d("2024-05-08"));
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(petition(inspectedOn("2024-02-23"), "KNPA-01", RECEIVED_BEFORE_TET, null).evaluate(), "RECEP-02");
            assertThat(onlyFinding(petition(inspectedOn("2024-02-26"), "KNPA-01", RECEIVED_BEFORE_TET, null).evaluate(),
                    "RECEP-02").severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void petitionsReceivedBeforeTheLawOnCitizenReceptionTookEffectAreNotJudged() {
            assertNoFinding(petition(inspectedOn("2014-12-01"), "KNPA-01", "2014-06-30", null).evaluate(), "RECEP-02");
            Finding f = onlyFinding(petition(inspectedOn("2014-12-01"), "KNPA-01", "2014-07-01", null).evaluate(), "RECEP-02");
            // Received Tue 01/07/2014: Wed 2 … Fri 4 (3), Mon 7 … Fri 11 (8), Mon 14, Tue 15 (10) → 15/07/2014.
            assertThat(f.legalDeadline()).isEqualTo(d("2014-07-15"));
        }

        @Test
        void fromJuly2026TheLegalBasisCitesTheAmendingLaw() {
            Finding f = onlyFinding(petition(inspectedOn("2026-09-01"), "KNPA-01", "2026-07-01", null).evaluate(), "RECEP-02");
            assertThat(f.legalBasis()).isEqualTo("Luật Tiếp công dân số 42/2013/QH13 " + AMENDED_2025 + ", Điều 28");
        }
    }
}
