package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.FindingsAssert.assertNoFinding;
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

@DisplayName("Village head election rules (PAPI 1.3)")
class VillageElectionRulesTest {

    private static final String VILLAGE = "Thôn Đông";
    private static final String SUBJECT = "VILLAGE_ELECTIONS[Thôn Đông]";

    /**
     * A VILLAGE_ELECTIONS row for Thôn Đông where every step was on time: decision 20 days, notice 7 days and
     * candidates 15 days before the election, 2 candidates, 60 of 100 households for the winner, recognised on
     * election day. {@code overrides} replace fields (key, value, key, value…).
     */
    private static Object[] election(String electionOn, Object... overrides) {
        LocalDate on = LocalDate.parse(electionOn);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("village", VILLAGE);
        row.put("electionOn", on);
        row.put("decisionOn", on.minusDays(20));
        row.put("noticeOn", on.minusDays(7));
        row.put("candidatesOn", on.minusDays(15));
        row.put("candidates", 2);
        row.put("households", 100);
        row.put("votesForWinner", 60);
        row.put("recognizedOn", on);
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

    private static Evaluation evaluate(String inspectedOn, Object[] row) {
        return inspectedOn(inspectedOn).row("VILLAGE_ELECTIONS", row).evaluate();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aCompliantElectionRaisesNothing() {
        Evaluation e = evaluate("2024-03-15", election("2024-03-10"));
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("VILLAGE_ELECTIONS");
    }

    @Test
    void electionRulesDoNotRunWhenTheSectionWasNotInspected() {
        Evaluation e = inspectedOn("2024-03-15").compliantPib().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("VILLAGE_ELECTIONS");
    }

    @Test
    void anEmptyListMeansNoElectionWasHeldAndRaisesNothing() {
        Evaluation e = inspectedOn("2024-03-15").emptyList("VILLAGE_ELECTIONS").evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("VILLAGE_ELECTIONS");
    }

    @Test
    void eachRowIsJudgedOnItsOwn() {
        Evaluation e = inspectedOn("2024-03-15")
                .row("VILLAGE_ELECTIONS", election("2024-03-10"))
                .row("VILLAGE_ELECTIONS", election("2024-03-10", "village", "Tổ dân phố số 3", "decisionOn", null))
                .evaluate();
        assertThat(onlyFinding(e, "VH-01").subject()).isEqualTo("VILLAGE_ELECTIONS[Tổ dân phố số 3]");
    }

    @Nested
    @DisplayName("VH-01: decision to hold the election issued at least 20 days before it")
    class Vh01 {

        // Election Sun 10/03/2024 − 20 days = Mon 19/02/2024 (2024 is a leap year: 10/03 − 10 = 29/02, − 10 = 19/02).
        private static final String ELECTION = "2024-03-10";

        @Test
        void noDecisionIsMinorWithTheLimitAsLegalDeadline() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "decisionOn", null)), "VH-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-19"));
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 59/2023/NĐ-CP, Điều 6 khoản 1 điểm a");
            assertThat(f.message()).contains("Thôn Đông", "không có quyết định", "19/02/2024", "10/03/2024");
            assertThat(f.facts()).containsEntry("electionOn", date(ELECTION)).containsEntry("decisionOn", null);
            // MINOR: Fri 15/03/2024 + WD 20 = 18–22/03, 25–29/03, 01–05/04, 08–12/04 → 12/04/2024.
            assertThat(f.remediationDue()).isEqualTo(date("2024-04-12"));
        }

        @Test
        void aDecisionExactly20DaysBeforeIsOnTime() {
            assertNoFinding(evaluate("2024-03-15", election(ELECTION, "decisionOn", "2024-02-19")), "VH-01");
        }

        @Test
        void aDecisionOneDayAfterTheLimitIsLateMinor() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "decisionOn", "2024-02-20")), "VH-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-19"));
            assertThat(f.facts()).containsEntry("daysLate", 1L).containsEntry("decisionOn", date("2024-02-20"));
            assertThat(f.message()).contains("ban hành ngày 20/02/2024", "chậm 1 ngày", "19/02/2024");
        }

        @Test
        void theLimitIsPlainSubtractionAndIsNotShiftedOutOfTet() {
            // Election Sat 02/03/2024 − 20 days = Sun 11/02/2024, inside Tết (08–14/02/2024). No shift either way:
            // a decision on Thu 15/02, the first working day after Tết, is already late.
            String election = "2024-03-02";
            Finding f = onlyFinding(evaluate("2024-03-15", election(election, "decisionOn", "2024-02-15")), "VH-01");
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-11"));
            assertThat(f.facts()).containsEntry("daysLate", 4L);
            // Wed 07/02/2024, the last working day before Tết, is in time.
            assertNoFinding(evaluate("2024-03-15", election(election, "decisionOn", "2024-02-07")), "VH-01");
        }

        @Test
        void withElectionDayAtTheLatestOnTheInspectionDayAMissingDecisionIsAlwaysDue() {
            // Election Tue 12/03/2024 = the inspection day; limit 21/02/2024 < asOf, so a null date is "missing".
            Finding f = onlyFinding(evaluate("2024-03-12", election("2024-03-12", "decisionOn", null)), "VH-01");
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-21"));
            assertThat(f.facts()).containsEntry("daysLate", 20L);
        }

        @Test
        void appliesToElectionsFrom15August2023WhenDecree59TookEffect() {
            // Mon 14/08/2023: before Decree 59/2023 → nothing; Tue 15/08/2023 → limit 26/07/2023.
            assertNoFinding(evaluate("2023-09-20", election("2023-08-14", "decisionOn", null)), "VH-01");
            Finding f = onlyFinding(evaluate("2023-09-20", election("2023-08-15", "decisionOn", null)), "VH-01");
            assertThat(f.legalDeadline()).isEqualTo(date("2023-07-26"));
        }
    }

    @Nested
    @DisplayName("VH-02: election posted and announced at least 7 days before it")
    class Vh02 {

        // Election Sun 10/03/2024 − 7 days = Sun 03/03/2024.
        private static final String ELECTION = "2024-03-10";

        @Test
        void noNoticeIsMinorWithTheLimitAsLegalDeadline() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "noticeOn", null)), "VH-02");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-03-03"));
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 59/2023/NĐ-CP, Điều 6 khoản 1");
            assertThat(f.message()).contains("không niêm yết, thông báo công khai", "03/03/2024");
            assertThat(f.facts()).containsEntry("noticeOn", null).containsEntry("village", VILLAGE);
        }

        @Test
        void aNoticeExactly7DaysBeforeIsOnTimeAndOneDayLaterIsLate() {
            assertNoFinding(evaluate("2024-03-15", election(ELECTION, "noticeOn", "2024-03-03")), "VH-02");
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "noticeOn", "2024-03-04")), "VH-02");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-03-03"));
            assertThat(f.message()).contains("chậm 1 ngày", "04/03/2024");
        }

        @Test
        void aLimitOnSaturdayIsNotMovedToMonday() {
            // Election Sat 02/03/2024 − 7 days = Sat 24/02/2024; a notice on Mon 26/02 is 2 days late.
            Finding f = onlyFinding(evaluate("2024-03-15", election("2024-03-02", "noticeOn", "2024-02-26")), "VH-02");
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-24"));
            assertThat(f.facts()).containsEntry("daysLate", 2L);
        }

        @Test
        void withElectionDayOnTheInspectionDayAMissingNoticeIsAlreadyDue() {
            // Election Tue 12/03/2024 = asOf; limit Tue 05/03/2024 < asOf.
            Finding f = onlyFinding(evaluate("2024-03-12", election("2024-03-12", "noticeOn", null)), "VH-02");
            assertThat(f.legalDeadline()).isEqualTo(date("2024-03-05"));
        }

        @Test
        void appliesToElectionsFrom15August2023() {
            assertNoFinding(evaluate("2023-09-20", election("2023-08-14", "noticeOn", null)), "VH-02");
            // Tue 15/08/2023 − 7 days = Tue 08/08/2023.
            assertThat(onlyFinding(evaluate("2023-09-20", election("2023-08-15", "noticeOn", null)), "VH-02")
                    .legalDeadline()).isEqualTo(date("2023-08-08"));
        }
    }

    @Nested
    @DisplayName("VH-03: candidates nominated at least 15 days before the election")
    class Vh03 {

        // Election Sun 10/03/2024 − 15 days = Sat 24/02/2024 (29 days in February 2024).
        private static final String ELECTION = "2024-03-10";

        @Test
        void noNominationIsMinorWithTheLimitAsLegalDeadline() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "candidatesOn", null)), "VH-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-24"));
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 59/2023/NĐ-CP, Điều 6 khoản 2");
            assertThat(f.message()).contains("giới thiệu người ứng cử", "24/02/2024");
            assertThat(f.facts()).containsEntry("candidatesOn", null).containsEntry("electionOn", date(ELECTION));
        }

        @Test
        void nominatingOnTheSaturdayLimitIsOnTimeAndTheFollowingMondayIsLate() {
            // The limit Sat 24/02/2024 is not shifted: Mon 26/02 is 2 days late, Sun 25/02 is 1 day late.
            assertNoFinding(evaluate("2024-03-15", election(ELECTION, "candidatesOn", "2024-02-24")), "VH-03");
            Finding sunday = onlyFinding(evaluate("2024-03-15", election(ELECTION, "candidatesOn", "2024-02-25")), "VH-03");
            assertThat(sunday.facts()).containsEntry("daysLate", 1L);
            Finding monday = onlyFinding(evaluate("2024-03-15", election(ELECTION, "candidatesOn", "2024-02-26")), "VH-03");
            assertThat(monday.severity()).isEqualTo(Severity.MINOR);
            assertThat(monday.legalDeadline()).isEqualTo(date("2024-02-24"));
            assertThat(monday.message()).contains("chậm 2 ngày", "26/02/2024");
        }

        @Test
        void withElectionDayOnTheInspectionDayAMissingNominationIsAlreadyDue() {
            // Election Tue 12/03/2024 = asOf; limit Mon 26/02/2024 < asOf.
            Finding f = onlyFinding(evaluate("2024-03-12", election("2024-03-12", "candidatesOn", null)), "VH-03");
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-26"));
        }

        @Test
        void appliesToElectionsFrom15August2023() {
            assertNoFinding(evaluate("2023-09-20", election("2023-08-14", "candidatesOn", null)), "VH-03");
            // Tue 15/08/2023 − 15 days = Mon 31/07/2023.
            assertThat(onlyFinding(evaluate("2023-09-20", election("2023-08-15", "candidatesOn", null)), "VH-03")
                    .legalDeadline()).isEqualTo(date("2023-07-31"));
        }
    }

    @Nested
    @DisplayName("VH-04: only a winner backed by more than half of all households may be recognised")
    class Vh04 {

        private static final String ELECTION = "2024-03-10";

        @Test
        void recognisingAWinnerWithExactlyHalfOfTheHouseholdsIsCritical() {
            // 50 × 2 = 100, not more than 100 households: no majority.
            Finding f = onlyFinding(evaluate("2024-03-15", election(ELECTION, "votesForWinner", 50,
                    "recognizedOn", "2024-03-11")), "VH-04");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 21 khoản 1");
            assertThat(f.message()).contains("công nhận", "50/100", "11/03/2024");
            assertThat(f.facts()).containsEntry("households", 100).containsEntry("votesForWinner", 50)
                    .containsEntry("recognizedOn", date("2024-03-11")).doesNotContainKey("daysLate");
            // CRITICAL: Fri 15/03/2024 + WD 5 = 18, 19, 20, 21, 22/03 → 22/03/2024.
            assertThat(f.remediationDue()).isEqualTo(date("2024-03-22"));
        }

        @Test
        void oneVoteMoreThanHalfIsAMajority() {
            assertNoFinding(evaluate("2024-03-15", election(ELECTION, "votesForWinner", 51)), "VH-04");
        }

        @Test
        void anUnrecognisedResultWithoutMajorityIsNoFinding() {
            Evaluation e = evaluate("2024-03-15", election(ELECTION, "votesForWinner", 50, "recognizedOn", null));
            assertNoFinding(e, "VH-04");
            assertNoFinding(e, "VH-05");
        }

        @Test
        void appliesToElectionsFrom15August2023() {
            assertNoFinding(evaluate("2023-09-20", election("2023-08-14", "votesForWinner", 40)), "VH-04");
            assertThat(onlyFinding(evaluate("2023-09-20", election("2023-08-15", "votesForWinner", 40)), "VH-04")
                    .severity()).isEqualTo(Severity.CRITICAL);
        }
    }

    @Nested
    @DisplayName("VH-05: a winning result recognised within 5 working days of the election")
    class Vh05 {

        // Election Sun 04/02/2024: Mon 05, Tue 06, Wed 07, Tết 08–14/02, Thu 15, Fri 16 → 16/02/2024.
        private static final String BEFORE_TET = "2024-02-04";

        @Test
        void notRecognisedIsMissingMajor() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(BEFORE_TET, "recognizedOn", null)), "VH-05");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-16"));
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 59/2023/NĐ-CP, Điều 8");
            assertThat(f.message()).contains("chưa ra quyết định công nhận", "60/100", "16/02/2024");
            assertThat(f.facts()).containsEntry("recognizedOn", null).containsEntry("votesForWinner", 60)
                    .containsEntry("households", 100).containsEntry("daysLate", 28L);
            // MAJOR: Fri 15/03/2024 + WD 10 = 18–22/03, 25–29/03 → 29/03/2024.
            assertThat(f.remediationDue()).isEqualTo(date("2024-03-29"));
        }

        @Test
        void recognisingOnTheFifthWorkingDayAfterTetIsOnTime() {
            assertNoFinding(evaluate("2024-03-15", election(BEFORE_TET, "recognizedOn", "2024-02-16")), "VH-05");
        }

        @Test
        void recognisingOneDayAfterTheDeadlineIsLateMinor() {
            Finding f = onlyFinding(evaluate("2024-03-15", election(BEFORE_TET, "recognizedOn", "2024-02-17")), "VH-05");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2024-02-16"));
            assertThat(f.facts()).containsEntry("daysLate", 1L);
            assertThat(f.message()).contains("công nhận kết quả", "17/02/2024", "chậm 1 ngày", "16/02/2024");
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(evaluate("2024-02-16", election(BEFORE_TET, "recognizedOn", null)), "VH-05");
            // Next inspection day Mon 19/02/2024: the deadline 16/02 has passed.
            assertThat(onlyFinding(evaluate("2024-02-19", election(BEFORE_TET, "recognizedOn", null)), "VH-05").severity())
                    .isEqualTo(Severity.MAJOR);
        }

        @Test
        void theNationalDayBreakIsSkipped() {
            // Election Sun 27/08/2023: Mon 28, Tue 29, Wed 30, Thu 31, Quốc khánh 01–04/09, Tue 05/09 → 05/09/2023.
            assertNoFinding(evaluate("2023-09-20", election("2023-08-27", "recognizedOn", "2023-09-05")), "VH-05");
            Finding f = onlyFinding(evaluate("2023-09-20", election("2023-08-27", "recognizedOn", "2023-09-06")), "VH-05");
            assertThat(f.legalDeadline()).isEqualTo(date("2023-09-05"));
        }

        @Test
        void withoutMajorityTheRecognitionDeadlineDoesNotApply() {
            assertNoFinding(evaluate("2024-03-15", election(BEFORE_TET, "votesForWinner", 50, "recognizedOn", null)), "VH-05");
        }

        @Test
        void appliesToElectionsFrom15August2023() {
            assertNoFinding(evaluate("2023-09-20", election("2023-08-14", "recognizedOn", null)), "VH-05");
            // Tue 15/08/2023: Wed 16, Thu 17, Fri 18, Mon 21, Tue 22 → 22/08/2023.
            Finding f = onlyFinding(evaluate("2023-09-20", election("2023-08-15", "recognizedOn", null)), "VH-05");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2023-08-22"));
        }
    }

    @Nested
    @DisplayName("VH-06: PAPI rewards elections with more than one candidate")
    class Vh06 {

        @Test
        void aSingleCandidateIsAnAdvisory() {
            Finding f = onlyFinding(evaluate("2024-03-15", election("2024-03-10", "candidates", 1)), "VH-06");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.subject()).isEqualTo(SUBJECT);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.remediationDue()).isNull();
            assertThat(f.papi()).isEqualTo("1.3");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).startsWith("Không bắt buộc theo pháp luật; khuyến nghị theo Chỉ số PAPI");
            assertThat(f.message()).contains("chỉ có 1 người ứng cử", "10/03/2024");
            assertThat(f.facts()).containsEntry("candidates", 1);
        }

        @Test
        void twoCandidatesRaiseNothing() {
            assertNoFinding(evaluate("2024-03-15", election("2024-03-10", "candidates", 2)), "VH-06");
        }

        @Test
        void appliesToEveryElectionEvenBeforeDecree59() {
            // A 2022 election: VH-01…VH-05 are out of force, so the missing dates raise nothing; VH-06 still advises.
            Evaluation e = evaluate("2022-09-14", election("2022-06-12", "candidates", 1, "decisionOn", null,
                    "noticeOn", null, "candidatesOn", null, "recognizedOn", null));
            assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("VH-06");
        }
    }
}
