package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

@DisplayName("Grassroots democracy rules (PAPI 1.2, 2.1, 3.1, 5.3)")
class GrassrootsRulesTest {

    private static final String LAW_10 = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15";
    private static final String INSPECTION_LAW_2010 = "Luật Thanh tra số 56/2010/QH12 (Ban thanh tra nhân dân)";

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void compliantGrassrootsSectionsRaiseNothing() {
        // Period 01/01–16/09/2024: Q1 and Q2/2024 end inside it and are more than 15 days old; both were reported.
        Evaluation e = inspectedOn("2024-09-16").compliantGdl().compliantPib()
                .row("PIB_REPORTS", "period", "2024-Q1", "submittedOn", "2024-04-05")
                .row("PIB_REPORTS", "period", "2024-Q2", "submittedOn", "2024-07-05")
                .row("PIB_RECOMMENDATIONS", "code", "KN-01", "receivedOn", "2024-08-01", "answeredOn", "2024-08-10")
                .row("INVESTMENT_PROJECTS", "code", "DA-01", "name", "Nhà văn hóa thôn Đông", "cisbEstablished", true,
                        "cisbMembers", 5)
                .evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("GDL", "PIB", "PIB_REPORTS", "PIB_RECOMMENDATIONS", "INVESTMENT_PROJECTS");
    }

    @Test
    void grassrootsRulesDoNotRunWhenTheirSectionsWereNotInspected() {
        Evaluation e = inspectedOn("2024-09-16").compliantBudget().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("GDL", "PIB", "PIB_REPORTS", "PIB_RECOMMENDATIONS", "INVESTMENT_PROJECTS");
    }

    @Nested
    @DisplayName("GDL-01: the list of disclosed information is updated every quarter (from 01/07/2023)")
    class Gdl01 {

        @Test
        void aListNeverUpdatedIsMinorForSoTttt() {
            // Inspected Fri 01/03/2024 (Q1/2024): the quarter before is Q4/2023, which starts on 01/10/2023.
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", null).evaluate(), "GDL-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("GDL.DISCLOSURE_LIST");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("2.1");
            assertThat(f.leadAgency()).isEqualTo("SO-TTTT");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 13 khoản 2");
            assertThat(f.message()).contains("Chưa lập, cập nhật danh mục", "01/10/2023", "quý 4/2023");
            assertThat(f.facts()).containsEntry("updatedOn", null).containsEntry("requiredSince", date("2023-10-01"));
            // MINOR: asOf + 20 working days — March 4–8, 11–15, 18–22, 25–29 → Fri 29/03/2024.
            assertThat(f.remediationDue()).isEqualTo(date("2024-03-29"));
        }

        @Test
        void updatedOnTheFirstDayOfThePreviousQuarterIsEnough() {
            assertNoFinding(inspectedOn("2024-03-01").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2023-10-01").evaluate(), "GDL-01");
        }

        @Test
        void updatedOneDayBeforeThePreviousQuarterIsMinor() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2023-09-30").evaluate(), "GDL-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.message()).contains("không được cập nhật hằng quý", "30/09/2023", "01/10/2023");
            assertThat(f.facts()).containsEntry("updatedOn", date("2023-09-30")).containsEntry("requiredSince", date("2023-10-01"));
        }

        @Test
        void theThresholdFollowsTheInspectionQuarterNotASlidingWindow() {
            // Inspected Sun 31/03/2024, still Q1/2024: an update of 01/10/2023 (six months old) passes as written.
            assertNoFinding(inspectedOn("2024-03-31").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2023-10-01").evaluate(), "GDL-01");
            // Mon 01/04/2024 is Q2/2024: the quarter before is Q1/2024, from 01/01/2024.
            Finding f = onlyFinding(inspectedOn("2024-04-01").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2023-12-31").evaluate(), "GDL-01");
            assertThat(f.facts()).containsEntry("requiredSince", date("2024-01-01"));
            assertThat(f.message()).contains("quý 1/2024");
        }

        @Test
        void itAppliesFromTheDayTheLawTookEffect() {
            assertNoFinding(inspectedOn("2023-06-30").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", null).evaluate(), "GDL-01");
            // 01/07/2023 is Q3/2023; the quarter before, Q2/2023, starts on 01/04/2023.
            Finding f = onlyFinding(inspectedOn("2023-07-01").compliantGdl()
                    .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", null).evaluate(), "GDL-01");
            assertThat(f.facts()).containsEntry("requiredSince", date("2023-04-01"));
        }
    }

    @Nested
    @DisplayName("GDL-02: administrative procedures posted permanently at the commune office")
    class Gdl02 {

        @Test
        void notPostedIsMajorForTheCityOfficeUnderDecree61() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantGdl()
                    .answer("GDL.TTHC_POSTED_AT_HQ", false).evaluate(), "GDL-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("GDL.TTHC_POSTED_AT_HQ");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("5.3");
            assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 12");
            assertThat(f.message()).contains("Thủ tục hành chính", "niêm yết công khai thường xuyên");
            assertThat(f.facts()).containsEntry("proceduresPostedAtHq", false);
            // MAJOR: asOf + 10 working days → Wed 28/09/2022.
            assertThat(f.remediationDue()).isEqualTo(date("2022-09-28"));
        }

        @Test
        void postedIsNoFinding() {
            assertNoFinding(inspectedOn("2022-09-14").compliantGdl().evaluate(), "GDL-02");
        }

        @Test
        void theLegalBasisAddsLaw10From1July2023AndDecree118From1July2025() {
            SubmissionBuilder before = inspectedOn("2023-06-30").compliantGdl().answer("GDL.TTHC_POSTED_AT_HQ", false);
            assertThat(onlyFinding(before.evaluate(), "GDL-02").legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 12");
            assertThat(onlyFinding(inspectedOn("2023-07-01").compliantGdl().answer("GDL.TTHC_POSTED_AT_HQ", false)
                    .evaluate(), "GDL-02").legalBasis())
                    .isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 12; " + LAW_10 + ", Điều 13 khoản 2");
            assertThat(onlyFinding(inspectedOn("2025-06-30").compliantGdl().answer("GDL.TTHC_POSTED_AT_HQ", false)
                    .evaluate(), "GDL-02").legalBasis()).startsWith("Nghị định 61/2018/NĐ-CP");
            assertThat(onlyFinding(inspectedOn("2025-07-01").compliantGdl().answer("GDL.TTHC_POSTED_AT_HQ", false)
                    .evaluate(), "GDL-02").legalBasis())
                    .isEqualTo("Nghị định 118/2025/NĐ-CP; " + LAW_10 + ", Điều 13 khoản 2");
        }
    }

    @Nested
    @DisplayName("GDL-03: the commune adopts its grassroots-democracy regulation (from 01/07/2023)")
    class Gdl03 {

        @Test
        void noRegulationIsMajorForHomeAffairs() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantGdl()
                    .answer("GDL.REGULATION_ADOPTED", false).evaluate(), "GDL-03");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("GDL.REGULATION_ADOPTED");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 35");
            assertThat(f.message()).contains("quy chế thực hiện dân chủ");
            assertThat(f.facts()).containsEntry("regulationAdopted", false);
        }

        @Test
        void anAdoptedRegulationIsNoFinding() {
            assertNoFinding(inspectedOn("2024-03-01").compliantGdl().evaluate(), "GDL-03");
        }

        @Test
        void itAppliesFromTheDayTheLawTookEffect() {
            assertNoFinding(inspectedOn("2023-06-30").compliantGdl().answer("GDL.REGULATION_ADOPTED", false).evaluate(),
                    "GDL-03");
            assertThat(onlyFinding(inspectedOn("2023-07-01").compliantGdl().answer("GDL.REGULATION_ADOPTED", false)
                    .evaluate(), "GDL-03").severity()).isEqualTo(Severity.MAJOR);
        }
    }

    @Nested
    @DisplayName("GDL-04: a dialogue conference with the people at least once a year (from 01/07/2024)")
    class Gdl04 {

        @Test
        void noDialogueEverIsMajor() {
            // Mon 16/09/2024 − 365 days = Tue 17/09/2023 (29/02/2024 lies in between).
            Finding f = onlyFinding(inspectedOn("2024-09-16").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", null).evaluate(), "GDL-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("GDL.DIALOGUE");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("3.1");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 32");
            assertThat(f.message()).contains("chưa tổ chức hội nghị đối thoại", "17/09/2023", "16/09/2024");
            assertThat(f.facts()).containsEntry("lastHeldOn", null).containsEntry("requiredSince", date("2023-09-17"));
        }

        @Test
        void exactly365DaysAgoIsStillInsideTheYear() {
            assertNoFinding(inspectedOn("2024-09-16").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", "2023-09-17").evaluate(), "GDL-04");
        }

        @Test
        void theSameDayOfTheYearBeforeIs366DaysAcrossALeapDayAndFires() {
            // 16/09/2023 → 16/09/2024 is 366 days: the catalog counts 365 plain days, not a calendar year.
            Finding f = onlyFinding(inspectedOn("2024-09-16").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", "2023-09-16").evaluate(), "GDL-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.message()).contains("16/09/2023", "quá một năm");
            assertThat(f.facts()).containsEntry("lastHeldOn", date("2023-09-16")).containsEntry("requiredSince", date("2023-09-17"));
        }

        @Test
        void withoutALeapDayThe365DaysEndOnTheSameDateAYearBefore() {
            // Mon 10/03/2025 − 365 days = Sun 10/03/2024: a weekend, and never shifted (plain arithmetic).
            assertNoFinding(inspectedOn("2025-03-10").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", "2024-03-10").evaluate(), "GDL-04");
            assertThat(onlyFinding(inspectedOn("2025-03-10").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", "2024-03-09").evaluate(), "GDL-04").facts())
                    .containsEntry("requiredSince", date("2024-03-10"));
        }

        @Test
        void itAppliesToInspectionsFrom1July2024() {
            assertNoFinding(inspectedOn("2024-06-30").compliantGdl().answer("GDL.DIALOGUE.LAST_HELD_ON", null).evaluate(),
                    "GDL-04");
            // Mon 01/07/2024 − 365 days = Sun 02/07/2023.
            Finding f = onlyFinding(inspectedOn("2024-07-01").compliantGdl()
                    .answer("GDL.DIALOGUE.LAST_HELD_ON", null).evaluate(), "GDL-04");
            assertThat(f.facts()).containsEntry("requiredSince", date("2023-07-02"));
        }
    }

    @Nested
    @DisplayName("GDL-05: every village holds its year-end community meeting (from 01/01/2024)")
    class Gdl05 {

        @Test
        void villagesWithoutTheMeetingAreMinor() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantGdl()
                    .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 2).evaluate(), "GDL-05");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("GDL.VILLAGES_WITHOUT_YEAREND_MEETING");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 33");
            assertThat(f.message()).contains("Còn 2 thôn, tổ dân phố", "cuối năm");
            assertThat(f.facts()).containsEntry("villagesWithoutYearEndMeeting", 2);
        }

        @Test
        void noVillageWithoutTheMeetingIsNoFinding() {
            assertNoFinding(inspectedOn("2024-03-01").compliantGdl().evaluate(), "GDL-05");
        }

        @Test
        void itAppliesToInspectionsFrom1January2024() {
            assertNoFinding(inspectedOn("2023-12-31").compliantGdl()
                    .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 1).evaluate(), "GDL-05");
            assertThat(onlyFinding(inspectedOn("2024-01-01").compliantGdl()
                    .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 1).evaluate(), "GDL-05").severity())
                    .isEqualTo(Severity.MINOR);
        }
    }

    @Nested
    @DisplayName("PIB-01: the People's Inspection Board has at least 5 members where the unit has 5 villages or more")
    class Pib01 {

        @Test
        void fourMembersInACommuneOfEightVillagesIsMajor() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantPib().answer("PIB.MEMBERS", 4).evaluate(), "PIB-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("PIB.MEMBERS");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 36");
            assertThat(f.message()).contains("chỉ có 4 thành viên", "8 thôn");
            assertThat(f.facts()).containsEntry("members", 4).containsEntry("villages", 8);
        }

        @Test
        void fiveMembersIsEnough() {
            assertNoFinding(inspectedOn("2024-03-01").compliantPib().answer("PIB.MEMBERS", 5).evaluate(), "PIB-01");
        }

        @Test
        void aUnitWithFourVillagesIsNotHeldToFiveMembers() {
            // Phường Hàng Bạc: 4 residential groups in the unit registry.
            assertNoFinding(inspectedOn("2024-03-01").unit("HN-PHUONG-HOAN-KIEM-HANG-BAC").compliantPib()
                    .answer("PIB.MEMBERS", 3).evaluate(), "PIB-01");
        }

        @Test
        void aUnitWithExactlyFiveVillagesIs() {
            // Phường Lý Thái Tổ: 5 residential groups.
            Finding f = onlyFinding(inspectedOn("2024-03-01").unit("HN-PHUONG-HOAN-KIEM-LY-THAI-TO").compliantPib()
                    .answer("PIB.MEMBERS", 4).evaluate(), "PIB-01");
            assertThat(f.facts()).containsEntry("villages", 5);
        }

        @Test
        void itAlwaysAppliesAndBefore1July2023CitesTheLawOnInspection() {
            assertThat(onlyFinding(inspectedOn("2022-09-14").compliantPib().answer("PIB.MEMBERS", 4).evaluate(), "PIB-01")
                    .legalBasis()).isEqualTo(INSPECTION_LAW_2010);
            assertThat(onlyFinding(inspectedOn("2023-06-30").compliantPib().answer("PIB.MEMBERS", 4).evaluate(), "PIB-01")
                    .legalBasis()).isEqualTo(INSPECTION_LAW_2010);
            assertThat(onlyFinding(inspectedOn("2023-07-01").compliantPib().answer("PIB.MEMBERS", 4).evaluate(), "PIB-01")
                    .legalBasis()).isEqualTo(LAW_10 + ", Điều 36");
        }
    }

    @Nested
    @DisplayName("PIB-02: no member of the People's Inspection Board is a commune official")
    class Pib02 {

        @Test
        void oneOfficialAmongTheMembersIsMajor() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantPib()
                    .answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 1).evaluate(), "PIB-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("PIB.MEMBERS_WHO_ARE_OFFICIALS");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 37");
            assertThat(f.message()).contains("1 trong 7 thành viên", "cán bộ, công chức");
            assertThat(f.facts()).containsEntry("membersWhoAreOfficials", 1).containsEntry("members", 7);
        }

        @Test
        void noOfficialIsNoFinding() {
            assertNoFinding(inspectedOn("2024-03-01").compliantPib().evaluate(), "PIB-02");
        }

        @Test
        void itAlwaysAppliesAndBefore1July2023CitesTheLawOnInspection() {
            assertThat(onlyFinding(inspectedOn("2023-06-30").compliantPib().answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 2)
                    .evaluate(), "PIB-02").legalBasis()).isEqualTo(INSPECTION_LAW_2010);
            assertThat(onlyFinding(inspectedOn("2023-07-01").compliantPib().answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 2)
                    .evaluate(), "PIB-02").legalBasis()).isEqualTo(LAW_10 + ", Điều 37");
        }
    }

    @Nested
    @DisplayName("PIB-03: a quarterly report to the Fatherland Front, for quarters ending from 15/08/2023")
    class Pib03 {

        // Q3/2023 ends Sat 30/09/2023; + 15 plain days = Sun 15/10/2023 (not shifted to Monday).
        private SubmissionBuilder q3Of2023InspectedOn(String asOf) {
            return inspectedOn(asOf).period("2023-07-01", asOf).compliantPib();
        }

        @Test
        void aQuarterWithoutAnyReportIsMinorWithoutALegalDeadline() {
            Finding f = onlyFinding(q3Of2023InspectedOn("2023-10-16").emptyList("PIB_REPORTS").evaluate(), "PIB-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("PIB_REPORTS[2023-Q3]");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo("Nghị định 59/2023/NĐ-CP, Điều 14");
            assertThat(f.message()).contains("chưa gửi báo cáo", "quý 3/2023", "30/09/2023", "16/10/2023");
            assertThat(f.facts()).containsEntry("quarter", "2023-Q3").containsEntry("quarterEnd", date("2023-09-30"))
                    .containsEntry("submittedOn", null);
        }

        @Test
        void fifteenDaysAfterTheQuarterIsNotYetAFinding() {
            // Inspected Sun 15/10/2023 = 30/09 + 15: not "more than 15 days" yet.
            assertNoFinding(q3Of2023InspectedOn("2023-10-15").emptyList("PIB_REPORTS").evaluate(), "PIB-03");
        }

        @Test
        void theFifteenDaysAreNotShiftedOffTheWeekend() {
            // Were the Civil Code shift applied, Sun 15/10 would become Mon 16/10 and this inspection would be too early.
            assertThat(findingsOf(q3Of2023InspectedOn("2023-10-16").emptyList("PIB_REPORTS").evaluate(), "PIB-03"))
                    .extracting(Finding::subject).containsExactly("PIB_REPORTS[2023-Q3]");
        }

        @Test
        void aRowWithASubmissionDateIsEnoughWhateverTheDate() {
            assertNoFinding(q3Of2023InspectedOn("2023-12-20")
                    .row("PIB_REPORTS", "period", "2023-Q3", "submittedOn", "2023-12-19").evaluate(), "PIB-03");
        }

        @Test
        void aRowWithoutASubmissionDateCountsAsNoReport() {
            Finding f = onlyFinding(q3Of2023InspectedOn("2023-10-16")
                    .row("PIB_REPORTS", "period", "2023-Q3", "submittedOn", null).evaluate(), "PIB-03");
            assertThat(f.subject()).isEqualTo("PIB_REPORTS[2023-Q3]");
        }

        @Test
        void aReportForAnotherQuarterDoesNotCount() {
            Finding f = onlyFinding(q3Of2023InspectedOn("2023-10-16")
                    .row("PIB_REPORTS", "period", "2023-Q2", "submittedOn", "2023-07-10").evaluate(), "PIB-03");
            assertThat(f.subject()).isEqualTo("PIB_REPORTS[2023-Q3]");
        }

        @Test
        void quartersEndingBeforeDecree59TookEffectAreNotJudged() {
            // Period 01/01–20/12/2023: Q1 (31/03) and Q2 (30/06) end before 15/08/2023; Q3 ends 30/09; Q4 ends after the period.
            Evaluation e = inspectedOn("2023-12-20").period("2023-01-01", "2023-12-20").compliantPib()
                    .emptyList("PIB_REPORTS").evaluate();
            assertThat(findingsOf(e, "PIB-03")).extracting(Finding::subject).containsExactly("PIB_REPORTS[2023-Q3]");
        }

        @Test
        void onlyQuartersEndingInsideTheInspectionPeriodAreJudged() {
            // Period 01/01–31/05/2024: only Q1/2024 (ends 31/03) lies inside it, although Q2 ended long before asOf.
            Evaluation e = inspectedOn("2024-09-16").period("2024-01-01", "2024-05-31").compliantPib()
                    .emptyList("PIB_REPORTS").evaluate();
            assertThat(findingsOf(e, "PIB-03")).extracting(Finding::subject).containsExactly("PIB_REPORTS[2024-Q1]");
        }

        @Test
        void withoutTheRecordListNoQuarterIsJudged() {
            assertNoFinding(q3Of2023InspectedOn("2023-12-20").evaluate(), "PIB-03");
        }
    }

    @Nested
    @DisplayName("PIB-04: the commune answers a PIB recommendation within 15 days (received from 01/07/2023)")
    class Pib04 {

        // Received Sat 01/07/2023; + 15 = Sun 16/07/2023 → Mon 17/07/2023.
        private static final String RECEIVED_ON_A_SATURDAY = "2023-07-01";

        private SubmissionBuilder recommendation(String asOf, String receivedOn, String answeredOn) {
            return inspectedOn(asOf).compliantPib()
                    .row("PIB_RECOMMENDATIONS", "code", "KN-01", "receivedOn", receivedOn, "answeredOn", answeredOn);
        }

        @Test
        void notAnsweredIsMissingMajorWithTheShiftedDeadline() {
            Finding f = onlyFinding(recommendation("2023-09-14", RECEIVED_ON_A_SATURDAY, null).evaluate(), "PIB-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("PIB_RECOMMENDATIONS[KN-01]");
            assertThat(f.legalDeadline()).isEqualTo(date("2023-07-17"));
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 40 khoản 1");
            assertThat(f.message()).contains("chưa giải quyết, trả lời kiến nghị", "01/07/2023", "17/07/2023");
            assertThat(f.facts()).containsEntry("receivedOn", date("2023-07-01")).containsEntry("answeredOn", null)
                    .containsEntry("daysLate", 59L);
            // MAJOR: Thu 14/09/2023 + 10 working days: 15, 18–22, 25–28 → Thu 28/09/2023.
            assertThat(f.remediationDue()).isEqualTo(date("2023-09-28"));
        }

        @Test
        void answeredOnTheShiftedDeadlineIsOnTime() {
            assertNoFinding(recommendation("2023-09-14", RECEIVED_ON_A_SATURDAY, "2023-07-17").evaluate(), "PIB-04");
        }

        @Test
        void answeredOneDayAfterIsLateMinor() {
            Finding f = onlyFinding(recommendation("2023-09-14", RECEIVED_ON_A_SATURDAY, "2023-07-18").evaluate(), "PIB-04");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(date("2023-07-17"));
            assertThat(f.message()).contains("chậm 1 ngày", "18/07/2023", "17/07/2023");
            assertThat(f.facts()).containsEntry("answeredOn", date("2023-07-18")).containsEntry("daysLate", 1L);
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(recommendation("2023-07-17", RECEIVED_ON_A_SATURDAY, null).evaluate(), "PIB-04");
            assertThat(onlyFinding(recommendation("2023-07-18", RECEIVED_ON_A_SATURDAY, null).evaluate(), "PIB-04").severity())
                    .isEqualTo(Severity.MAJOR);
        }

        @Test
        void aFifteenthDayInsideTetMovesToTheFirstWorkingDayAfterIt() {
            // Thu 25/01/2024 + 15 = Fri 09/02/2024, inside Tết 08–14/02/2024 → Thu 15/02/2024.
            assertNoFinding(recommendation("2024-03-01", "2024-01-25", "2024-02-15").evaluate(), "PIB-04");
            Finding late = onlyFinding(recommendation("2024-03-01", "2024-01-25", "2024-02-16").evaluate(), "PIB-04");
            assertThat(late.severity()).isEqualTo(Severity.MINOR);
            assertThat(late.legalDeadline()).isEqualTo(date("2024-02-15"));
        }

        @Test
        void recommendationsReceivedBeforeTheLawTookEffectAreNotJudged() {
            // Received Fri 30/06/2023, inspected long after 01/07/2023: the day received decides, not the inspection day.
            assertNoFinding(recommendation("2023-09-14", "2023-06-30", null).evaluate(), "PIB-04");
        }

        @Test
        void eachRowIsJudgedOnItsOwn() {
            Evaluation e = recommendation("2023-09-14", RECEIVED_ON_A_SATURDAY, null)
                    .row("PIB_RECOMMENDATIONS", "code", "KN-02", "receivedOn", "2023-08-01", "answeredOn", "2023-08-10")
                    .row("PIB_RECOMMENDATIONS", "code", "KN-03", "receivedOn", "2023-08-01", "answeredOn", null)
                    .evaluate();
            // KN-03: Tue 01/08 + 15 = Wed 16/08/2023, a working day.
            assertThat(findingsOf(e, "PIB-04")).extracting(Finding::subject, Finding::legalDeadline).containsExactly(
                    tuple("PIB_RECOMMENDATIONS[KN-01]", date("2023-07-17")),
                    tuple("PIB_RECOMMENDATIONS[KN-03]", date("2023-08-16")));
        }

        @Test
        void anEmptyListRaisesNothing() {
            assertNoFinding(inspectedOn("2023-09-14").emptyList("PIB_RECOMMENDATIONS").evaluate(), "PIB-04");
        }
    }

    @Nested
    @DisplayName("CISB-01: each investment project has a Community Investment Supervision Board of 5 or more (from 01/07/2023)")
    class Cisb01 {

        private SubmissionBuilder project(String asOf, boolean established, int members) {
            return inspectedOn(asOf).row("INVESTMENT_PROJECTS", "code", "DA-01", "name", "Đường trục thôn Đông",
                    "cisbEstablished", established, "cisbMembers", members);
        }

        @Test
        void aProjectWithoutABoardIsMajorAndTheOnlyFinding() {
            Finding f = onlyFinding(project("2024-03-01", false, 0).evaluate(), "CISB-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("INVESTMENT_PROJECTS[DA-01]");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("1.2");
            assertThat(f.leadAgency()).isEqualTo("SO-NOI-VU");
            assertThat(f.legalBasis()).isEqualTo(LAW_10 + ", Điều 41");
            assertThat(f.message()).contains("Đường trục thôn Đông", "chưa có Ban giám sát đầu tư của cộng đồng");
            assertThat(f.facts()).containsEntry("cisbEstablished", false);
        }

        @Test
        void aBoardOfFourIsMinor() {
            Finding f = onlyFinding(project("2024-03-01", true, 4).evaluate(), "CISB-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("INVESTMENT_PROJECTS[DA-01]");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.message()).contains("chỉ có 4 thành viên");
            assertThat(f.facts()).containsEntry("cisbEstablished", true).containsEntry("cisbMembers", 4);
        }

        @Test
        void aBoardOfFiveIsEnough() {
            assertNoFinding(project("2024-03-01", true, 5).evaluate(), "CISB-01");
        }

        @Test
        void itAppliesToInspectionsFrom1July2023() {
            assertNoFinding(project("2023-06-30", false, 0).evaluate(), "CISB-01");
            assertThat(onlyFinding(project("2023-07-01", false, 0).evaluate(), "CISB-01").severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void eachProjectIsJudgedOnItsOwn() {
            Evaluation e = project("2024-03-01", false, 0)
                    .row("INVESTMENT_PROJECTS", "code", "DA-02", "name", "Trường mầm non", "cisbEstablished", true, "cisbMembers", 3)
                    .row("INVESTMENT_PROJECTS", "code", "DA-03", "name", "Kênh tưới", "cisbEstablished", true, "cisbMembers", 7)
                    .evaluate();
            List<Finding> found = findingsOf(e, "CISB-01");
            assertThat(found).extracting(Finding::subject, Finding::severity).containsExactly(
                    tuple("INVESTMENT_PROJECTS[DA-01]", Severity.MAJOR),
                    tuple("INVESTMENT_PROJECTS[DA-02]", Severity.MINOR));
        }

        @Test
        void anEmptyListRaisesNothing() {
            assertNoFinding(inspectedOn("2024-03-01").emptyList("INVESTMENT_PROJECTS").evaluate(), "CISB-01");
        }
    }
}
