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
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.SubmissionBuilder;

@DisplayName("Poor-household list rules (PAPI 2.2)")
class PoorRulesTest {

    private static final List<String> POOR_IDS = List.of("POOR-01", "POOR-02", "POOR-03", "POOR-04", "POOR-05");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aCompliantPoorSectionRaisesNothing() {
        Evaluation e = inspectedOn("2022-09-14").compliantPoor()
                .answer("POOR.LIST.POSTED_FROM", "2022-08-08").answer("POOR.LIST.POSTED_UNTIL", "2022-08-10")
                .answer("POOR.LIST.DECISION_ON", "2022-08-20")
                .row("POOR_COMPLAINTS", "code", "PT-01", "receivedOn", "2022-08-09", "recheckedOn", "2022-08-12")
                .evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("POOR", "POOR_COMPLAINTS");
    }

    @Test
    void poorRulesDoNotRunWhenTheSectionsWereNotInspected() {
        Evaluation e = inspectedOn("2022-09-14").compliantBudget().evaluate();
        POOR_IDS.forEach(id -> assertNoFinding(e, id));
        assertThat(e.notInspected()).contains("POOR", "POOR_COMPLAINTS");
    }

    @Nested
    @DisplayName("POOR-01: the list is posted at both the village house and the commune office")
    class Poor01 {

        @Test
        void notPostedAtTheVillageIsMajor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantPoor()
                    .answer("POOR.LIST.POSTED_AT_VILLAGE", false).evaluate(), "POOR-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("POOR.LIST");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("2.2");
            assertThat(f.leadAgency()).isEqualTo("SO-LDTBXH");
            assertThat(f.legalBasis()).startsWith("Quyết định 24/2021/QĐ-TTg").contains("niêm yết, thông báo công khai");
            assertThat(f.message()).contains("Chưa niêm yết", "nhà văn hóa (nhà sinh hoạt cộng đồng) thôn");
            assertThat(f.facts()).containsEntry("postedAtVillage", false).containsEntry("postedAtHq", true);
            // 14/09/2022 + 10 working days: 15, 16, 19–23, 26, 27, 28 September.
            assertThat(f.remediationDue()).isEqualTo(d("2022-09-28"));
        }

        @Test
        void notPostedAtTheCommuneOfficeIsMajor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantPoor()
                    .answer("POOR.LIST.POSTED_AT_HQ", false).evaluate(), "POOR-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.message()).contains("tại trụ sở UBND xã;");
            assertThat(f.facts()).containsEntry("postedAtVillage", true).containsEntry("postedAtHq", false);
        }

        @Test
        void postedAtNeitherPlaceIsStillOneFinding() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantPoor()
                    .answer("POOR.LIST.POSTED_AT_VILLAGE", false).answer("POOR.LIST.POSTED_AT_HQ", false).evaluate(), "POOR-01");
            assertThat(f.message()).contains("cả nhà văn hóa thôn và trụ sở UBND xã");
        }

        @Test
        void postedAtBothPlacesIsNoFinding() {
            assertNoFinding(inspectedOn("2022-09-14").compliantPoor().evaluate(), "POOR-01");
        }

        @Test
        void itAppliesFromTheDecisionOf16July2021() {
            assertNoFinding(inspectedOn("2021-07-15").compliantPoor().answer("POOR.LIST.POSTED_AT_HQ", false).evaluate(),
                    "POOR-01");
            onlyFinding(inspectedOn("2021-07-16").compliantPoor().answer("POOR.LIST.POSTED_AT_HQ", false).evaluate(), "POOR-01");
        }
    }

    @Nested
    @DisplayName("POOR-02: the list is posted for at least 3 working days, both ends counted")
    class Poor02 {

        private SubmissionBuilder posted(String inspected, String from, String until) {
            return inspectedOn(inspected).compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", from).answer("POOR.LIST.POSTED_UNTIL", until);
        }

        @Test
        void twoWorkingDaysIsMinor() {
            // Mon 07/03/2022, Tue 08/03/2022 → 2 working days.
            Finding f = onlyFinding(posted("2022-09-14", "2022-03-07", "2022-03-08").evaluate(), "POOR-02");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("POOR.LIST");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("2.2");
            assertThat(f.leadAgency()).isEqualTo("SO-LDTBXH");
            assertThat(f.legalBasis()).startsWith("Quyết định 24/2021/QĐ-TTg").contains("03 ngày làm việc");
            assertThat(f.message()).isEqualTo("Danh sách hộ nghèo, hộ cận nghèo chỉ được niêm yết 2 ngày làm việc "
                    + "(từ 07/03/2022 đến 08/03/2022), chưa đủ 03 ngày làm việc.");
            assertThat(f.facts()).containsEntry("postedFrom", d("2022-03-07")).containsEntry("postedUntil", d("2022-03-08"))
                    .containsEntry("workingDays", 2).doesNotContainKey("calendarComputedYears");
            // 14/09/2022 + 20 working days: 15, 16, 19–23, 26–30 September, 3–7, 10, 11, 12 October.
            assertThat(f.remediationDue()).isEqualTo(d("2022-10-12"));
        }

        @Test
        void exactlyThreeWorkingDaysIsEnough() {
            // Mon 07, Tue 08, Wed 09/03/2022 → 3.
            assertNoFinding(posted("2022-09-14", "2022-03-07", "2022-03-09").evaluate(), "POOR-02");
        }

        @Test
        void aWeekendInsideThePostingDoesNotCount() {
            // Fri 04/03 → Mon 07/03/2022: Fri 04, (Sat, Sun), Mon 07 → 2 working days over 4 calendar days.
            Finding f = onlyFinding(posted("2022-09-14", "2022-03-04", "2022-03-07").evaluate(), "POOR-02");
            assertThat(f.facts()).containsEntry("workingDays", 2);
            // … up to Tue 08/03 → 3.
            assertNoFinding(posted("2022-09-14", "2022-03-04", "2022-03-08").evaluate(), "POOR-02");
        }

        @Test
        void tetDaysDoNotCount() {
            // Thu 27/01, Fri 28/01/2022, Tết 29/01–06/02 → 2 working days up to Fri 04/02.
            Finding f = onlyFinding(posted("2022-09-14", "2022-01-27", "2022-02-04").evaluate(), "POOR-02");
            assertThat(f.facts()).containsEntry("workingDays", 2);
            // Thu 27, Fri 28, Tết, Mon 07/02 → 3.
            assertNoFinding(posted("2022-09-14", "2022-01-27", "2022-02-07").evaluate(), "POOR-02");
        }

        @Test
        void aPostingEndingAfterTheInspectionDayIsJudgedOnItsPlannedDays() {
            // Inspected Mon 07/03/2022; posted Mon 07 until Tue 08 → 2; until Wed 09 → 3.
            onlyFinding(posted("2022-03-07", "2022-03-07", "2022-03-08").evaluate(), "POOR-02");
            assertNoFinding(posted("2022-03-07", "2022-03-07", "2022-03-09").evaluate(), "POOR-02");
        }

        @Test
        void withoutBothPostingDatesThereIsNothingToCount() {
            assertNoFinding(posted("2022-09-14", "2022-03-07", null).evaluate(), "POOR-02");
            assertNoFinding(posted("2022-09-14", null, null).evaluate(), "POOR-02");
        }

        @Test
        void aPostingIntoAYearWithoutPublishedHolidaysSaysTheyWereComputed() {
            // Wed 30/12/2026, Thu 31/12/2026, Fri 01/01/2027 = New Year (computed: no 2027 file) → 2 working days.
            Finding f = onlyFinding(posted("2026-12-31", "2026-12-30", "2027-01-01").evaluate(), "POOR-02");
            assertThat(f.facts()).containsEntry("workingDays", 2).containsEntry("calendarComputedYears", List.of(2027));
            assertThat(f.message()).contains("2027", "chưa có lịch nghỉ công bố");
        }

        @Test
        void itAppliesFromTheDecisionOf16July2021() {
            // Wed 14/07, Thu 15/07/2021 → 2 working days.
            assertNoFinding(posted("2021-07-15", "2021-07-14", "2021-07-15").evaluate(), "POOR-02");
            onlyFinding(posted("2021-07-16", "2021-07-14", "2021-07-15").evaluate(), "POOR-02");
        }
    }

    @Nested
    @DisplayName("POOR-03: a list recognised without the agreement of half the village meeting")
    class Poor03 {

        private SubmissionBuilder meeting(String inspected, int attendees, int agreed, String decisionOn) {
            return inspectedOn(inspected).compliantPoor()
                    .answer("POOR.MEETING.ATTENDEES", attendees).answer("POOR.MEETING.AGREED", agreed)
                    .answer("POOR.LIST.DECISION_ON", decisionOn);
        }

        @Test
        void recognisedWithLessThanHalfAgreeingIsCritical() {
            Finding f = onlyFinding(meeting("2022-09-14", 40, 19, "2022-08-20").evaluate(), "POOR-03");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subject()).isEqualTo("POOR.MEETING");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("2.2");
            assertThat(f.leadAgency()).isEqualTo("SO-LDTBXH");
            assertThat(f.legalBasis()).startsWith("Quyết định 24/2021/QĐ-TTg").contains("họp dân bình xét", "≥ 50%");
            assertThat(f.message()).contains("20/08/2022", "19/40", "dưới 50%");
            assertThat(f.facts()).containsEntry("attendees", 40).containsEntry("agreed", 19)
                    .containsEntry("decisionOn", d("2022-08-20"));
            // 14/09/2022 + 5 working days: Thu 15, Fri 16, Mon 19, Tue 20, Wed 21.
            assertThat(f.remediationDue()).isEqualTo(d("2022-09-21"));
        }

        @Test
        void exactlyHalfAgreeingIsEnough() {
            assertNoFinding(meeting("2022-09-14", 40, 20, "2022-08-20").evaluate(), "POOR-03");
        }

        @Test
        void withAnOddNumberOfAttendeesHalfRoundsUp() {
            // 20 of 41 = 48.8 % → fires; 21 of 41 = 51.2 % → none.
            onlyFinding(meeting("2022-09-14", 41, 20, "2022-08-20").evaluate(), "POOR-03");
            assertNoFinding(meeting("2022-09-14", 41, 21, "2022-08-20").evaluate(), "POOR-03");
        }

        @Test
        void aListNotYetRecognisedIsNoFinding() {
            assertNoFinding(meeting("2022-09-14", 40, 10, null).evaluate(), "POOR-03");
        }

        @Test
        void aMeetingWithoutAttendeesIsNoFinding() {
            assertNoFinding(meeting("2022-09-14", 0, 0, "2022-08-20").evaluate(), "POOR-03");
        }

        @Test
        void itAppliesFromTheDecisionOf16July2021() {
            assertNoFinding(meeting("2021-07-15", 40, 19, "2021-07-10").evaluate(), "POOR-03");
            onlyFinding(meeting("2021-07-16", 40, 19, "2021-07-10").evaluate(), "POOR-03");
        }
    }

    @Nested
    @DisplayName("POOR-04: a complaint about the review is re-checked within 7 working days")
    class Poor04 {

        // Received Mon 07/03/2022: Tue 8, Wed 9, Thu 10, Fri 11, Mon 14, Tue 15, Wed 16 → 16/03/2022.
        private static final String RECEIVED = "2022-03-07";

        private SubmissionBuilder complaint(String inspected, String received, String rechecked) {
            return inspectedOn(inspected).row("POOR_COMPLAINTS", "code", "PT-01", "receivedOn", received, "recheckedOn", rechecked);
        }

        @Test
        void notRecheckedIsMissingMajor() {
            Finding f = onlyFinding(complaint("2022-09-14", RECEIVED, null).evaluate(), "POOR-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("POOR_COMPLAINTS[PT-01]");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-03-16"));
            assertThat(f.papi()).isEqualTo("2.2");
            assertThat(f.leadAgency()).isEqualTo("SO-LDTBXH");
            assertThat(f.legalBasis()).startsWith("Quyết định 24/2021/QĐ-TTg").contains("phúc tra", "07 ngày làm việc");
            assertThat(f.message()).isEqualTo("Chưa phúc tra kết quả rà soát hộ nghèo, hộ cận nghèo theo khiếu nại nhận ngày "
                    + "07/03/2022 (hạn phúc tra 16/03/2022, 07 ngày làm việc).");
            assertThat(f.facts()).containsEntry("receivedOn", d(RECEIVED)).containsEntry("recheckedOn", null)
                    .containsEntry("daysLate", 182L);   // 16/03 → 14/09/2022
            assertThat(f.remediationDue()).isEqualTo(d("2022-09-28"));
        }

        @Test
        void recheckedOnTheSeventhWorkingDayIsOnTime() {
            assertNoFinding(complaint("2022-09-14", RECEIVED, "2022-03-16").evaluate(), "POOR-04");
        }

        @Test
        void recheckedOneDayLaterIsLateMinor() {
            Finding f = onlyFinding(complaint("2022-09-14", RECEIVED, "2022-03-17").evaluate(), "POOR-04");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(d("2022-03-16"));
            assertThat(f.facts()).containsEntry("daysLate", 1L).containsEntry("recheckedOn", d("2022-03-17"));
            assertThat(f.message()).contains("chậm 1 ngày", "17/03/2022", "16/03/2022");
            assertThat(f.remediationDue()).isEqualTo(d("2022-10-12"));
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(complaint("2022-03-16", RECEIVED, null).evaluate(), "POOR-04");
            assertThat(onlyFinding(complaint("2022-03-17", RECEIVED, null).evaluate(), "POOR-04").severity())
                    .isEqualTo(Severity.MAJOR);
        }

        @Test
        void theWorkingDaysSkipTet2022() {
            // Received Tue 25/01/2022: Wed 26, Thu 27, Fri 28, Tết 29/01–06/02, Mon 07, Tue 08, Wed 09, Thu 10 → 10/02/2022.
            assertNoFinding(complaint("2022-09-14", "2022-01-25", "2022-02-10").evaluate(), "POOR-04");
            Finding f = onlyFinding(complaint("2022-09-14", "2022-01-25", "2022-02-11").evaluate(), "POOR-04");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-02-10"));
        }

        @Test
        void theWorkingDaysSkipTet2024() {
            // Received Wed 07/02/2024: Tết 08–14/02, Thu 15, Fri 16, Mon 19, Tue 20, Wed 21, Thu 22, Fri 23 → 23/02/2024.
            Finding f = onlyFinding(complaint("2024-06-03", "2024-02-07", null).evaluate(), "POOR-04");
            assertThat(f.legalDeadline()).isEqualTo(d("2024-02-23"));
            assertNoFinding(complaint("2024-06-03", "2024-02-07", "2024-02-23").evaluate(), "POOR-04");
        }

        @Test
        void eachRowIsJudgedOnItsOwn() {
            Evaluation e = inspectedOn("2022-09-14")
                    .row("POOR_COMPLAINTS", "code", "PT-01", "receivedOn", RECEIVED, "recheckedOn", "2022-03-10")
                    .row("POOR_COMPLAINTS", "code", "PT-02", "receivedOn", RECEIVED, "recheckedOn", null)
                    .evaluate();
            assertThat(findingsOf(e, "POOR-04")).extracting(Finding::subject).containsExactly("POOR_COMPLAINTS[PT-02]");
        }

        @Test
        void anEmptyListMeansNoComplaintAndNoFinding() {
            assertNoFinding(inspectedOn("2022-09-14").emptyList("POOR_COMPLAINTS").evaluate(), "POOR-04");
        }

        @Test
        void theRuleAppliesToInspectionsFrom16July2021WhateverTheDayTheComplaintCameIn() {
            // The catalog's period of force is "asOf ≥ 2021-07-16": an inspection on 15/07/2021 judges nothing.
            // Received Thu 01/07/2021: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8, Fri 9, Mon 12 → 12/07/2021.
            assertNoFinding(complaint("2021-07-15", "2021-07-01", null).evaluate(), "POOR-04");
            Finding f = onlyFinding(complaint("2021-07-16", "2021-07-01", null).evaluate(), "POOR-04");
            assertThat(f.legalDeadline()).isEqualTo(d("2021-07-12"));
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }
    }

    @Nested
    @DisplayName("POOR-05: the list is recognised within 15 working days after the posting ends")
    class Poor05 {

        // Posted until Fri 19/08/2022: Mon 22 (1), 23, 24, 25, Fri 26 (5), Mon 29, Tue 30, Wed 31 (8),
        // Quốc khánh 01–02/09, Mon 05 (9), 06, 07, 08, Fri 09 (13), Mon 12 (14), Tue 13 (15) → 13/09/2022.
        private static final String POSTED_UNTIL = "2022-08-19";

        private SubmissionBuilder posted(String inspected, String until, String decisionOn) {
            return inspectedOn(inspected).compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", "2022-08-15").answer("POOR.LIST.POSTED_UNTIL", until)
                    .answer("POOR.LIST.DECISION_ON", decisionOn);
        }

        @Test
        void notRecognisedAfterFifteenWorkingDaysIsMinor() {
            Finding f = onlyFinding(posted("2022-09-14", POSTED_UNTIL, null).evaluate(), "POOR-05");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("POOR.LIST");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-09-13"));
            assertThat(f.papi()).isEqualTo("2.2");
            assertThat(f.leadAgency()).isEqualTo("SO-LDTBXH");
            assertThat(f.legalBasis()).startsWith("Quyết định 24/2021/QĐ-TTg").contains("công nhận danh sách");
            assertThat(f.message()).contains("chưa quyết định công nhận", "19/08/2022", "13/09/2022");
            assertThat(f.facts()).containsEntry("postedUntil", d(POSTED_UNTIL)).containsEntry("decisionOn", null)
                    .containsEntry("daysLate", 1L);
            assertThat(f.remediationDue()).isEqualTo(d("2022-10-12"));
        }

        @Test
        void theFifteenthWorkingDayEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(posted("2022-09-13", POSTED_UNTIL, null).evaluate(), "POOR-05");
        }

        @Test
        void aRecognitionOnAnyDayEndsTheRule() {
            // The rule judges only a list still without a decision: a late decision is no POOR-05 finding.
            assertNoFinding(posted("2022-09-20", POSTED_UNTIL, "2022-09-19").evaluate(), "POOR-05");
            assertNoFinding(posted("2022-09-20", POSTED_UNTIL, "2022-09-01").evaluate(), "POOR-05");
        }

        @Test
        void theWorkingDaysSkipTet() {
            // Posted until Wed 19/01/2022: Thu 20 (1), Fri 21, Mon 24, Tue 25, Wed 26, Thu 27, Fri 28 (7), Tết 29/01–06/02,
            // Mon 07 (8), 08, 09, 10, Fri 11 (12), Mon 14 (13), Tue 15 (14), Wed 16 (15) → 16/02/2022.
            SubmissionBuilder onDeadline = inspectedOn("2022-02-16").compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", "2022-01-17").answer("POOR.LIST.POSTED_UNTIL", "2022-01-19");
            assertNoFinding(onDeadline.evaluate(), "POOR-05");
            Finding f = onlyFinding(inspectedOn("2022-02-17").compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", "2022-01-17").answer("POOR.LIST.POSTED_UNTIL", "2022-01-19")
                    .evaluate(), "POOR-05");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-02-16"));
        }

        @Test
        void aPostingStillRunningIsNotDue() {
            // Posting ends after the inspection day: its 15th working day is later still.
            assertNoFinding(posted("2022-08-17", POSTED_UNTIL, null).evaluate(), "POOR-05");
        }

        @Test
        void withoutAPostingEndThereIsNothingToCountFrom() {
            assertNoFinding(inspectedOn("2022-09-14").compliantPoor().evaluate(), "POOR-05");
        }

        @Test
        void itAppliesFromTheDecisionOf16July2021() {
            // Posted until Wed 16/06/2021: 17, 18, 21–25, 28–30 June, 01, 02, 05, 06, 07 July → 07/07/2021.
            SubmissionBuilder before = inspectedOn("2021-07-15").compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", "2021-06-14").answer("POOR.LIST.POSTED_UNTIL", "2021-06-16");
            assertNoFinding(before.evaluate(), "POOR-05");
            Finding f = onlyFinding(inspectedOn("2021-07-16").compliantPoor()
                    .answer("POOR.LIST.POSTED_FROM", "2021-06-14").answer("POOR.LIST.POSTED_UNTIL", "2021-06-16")
                    .evaluate(), "POOR-05");
            assertThat(f.legalDeadline()).isEqualTo(d("2021-07-07"));
        }
    }
}
