package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.FindingsAssert.assertNoFinding;
import static vn.hanoi.papi.support.FindingsAssert.findingsOf;
import static vn.hanoi.papi.support.FindingsAssert.onlyFinding;
import static vn.hanoi.papi.support.SubmissionBuilder.inspectedOn;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.SubmissionBuilder;

@DisplayName("Budget disclosure rules (PAPI 2.3)")
class BudgetRulesTest {

    @Test
    void aCompliantBudgetSectionRaisesNothing() {
        Evaluation e = inspectedOn("2022-09-14").compliantBudget().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("POOR", "DOSSIERS").doesNotContain("BUDGET");
    }

    @Test
    void budgetRulesDoNotRunWhenTheSectionWasNotInspected() {
        Evaluation e = inspectedOn("2022-09-14").compliantPib().evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).contains("BUDGET", "BUDGET_EXECUTION");
    }

    @Nested
    @DisplayName("BUDGET-01: draft estimate disclosed within 5 working days of sending it to the council")
    class Budget01 {

        // Sent Wed 26/01/2022: Thu 27 and Fri 28 count, Tết closes 29/01–06/02, then 7, 8, 9 February.
        private static final String SENT_BEFORE_TET = "2022-01-26";

        @Test
        void notDisclosedAtAllIsMissingMajor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.DRAFT.SENT_ON", "2021-12-10").answer("BUDGET.DRAFT.DISCLOSED_ON", null)
                    .evaluate(), "BUDGET-01");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("BUDGET.DRAFT");
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2021-12-17"));
            assertThat(f.papi()).isEqualTo("2.3");
            assertThat(f.leadAgency()).isEqualTo("SO-TAI-CHINH");
            assertThat(f.legalBasis()).isEqualTo("Thông tư 343/2016/TT-BTC, Điều 15 khoản 1, Điều 18 khoản 1");
            assertThat(f.message()).contains("Chưa công khai dự toán", "17/12/2021");
            assertThat(f.facts()).containsEntry("sentOn", LocalDate.parse("2021-12-10")).containsEntry("disclosedOn", null);
            assertThat(f.remediationDue()).isEqualTo(LocalDate.parse("2022-09-28"));
        }

        @Test
        void theWorkingDaysSkipTetSoDisclosingOnTheFifthWorkingDayIsOnTime() {
            Evaluation e = inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.DRAFT.SENT_ON", SENT_BEFORE_TET).answer("BUDGET.DRAFT.DISCLOSED_ON", "2022-02-09")
                    .evaluate();
            assertNoFinding(e, "BUDGET-01");
        }

        @Test
        void oneDayAfterTheDeadlineIsLateMinor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.DRAFT.SENT_ON", SENT_BEFORE_TET).answer("BUDGET.DRAFT.DISCLOSED_ON", "2022-02-10")
                    .evaluate(), "BUDGET-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-02-09"));
            assertThat(f.facts()).containsEntry("daysLate", 1L);
            assertThat(f.message()).contains("chậm 1 ngày", "10/02/2022", "09/02/2022");
            assertThat(f.remediationDue()).isEqualTo(LocalDate.parse("2022-10-12"));
        }

        @Test
        void aDeadlineEqualToTheInspectionDayIsNotOverYet() {
            Evaluation e = inspectedOn("2022-02-09").compliantBudget()
                    .answer("BUDGET.DRAFT.SENT_ON", SENT_BEFORE_TET).answer("BUDGET.DRAFT.DISCLOSED_ON", null)
                    .answer("BUDGET.ESTIMATE.APPROVED_ON", "2022-01-28").answer("BUDGET.ESTIMATE.DISCLOSED_ON", null)
                    .evaluate();
            assertNoFinding(e, "BUDGET-01");
        }

        @Test
        void fromJuly2023TheLegalBasisAlsoCitesTheGrassrootsDemocracyLaw() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantBudget()
                    .answer("BUDGET.DRAFT.SENT_ON", "2023-12-08").answer("BUDGET.DRAFT.DISCLOSED_ON", null)
                    .evaluate(), "BUDGET-01");
            assertThat(f.legalBasis()).contains("Thông tư 343/2016/TT-BTC", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15");
        }
    }

    @Nested
    @DisplayName("BUDGET-02: approved estimate disclosed within 30 days of approval")
    class Budget02 {

        @Test
        void theSpecExampleIsMissingMajorWithDeadline27January() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ESTIMATE.DISCLOSED_ON", null).answer("BUDGET.ESTIMATE.DECISION_ISSUED", false)
                    .evaluate(), "BUDGET-02");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("BUDGET.ESTIMATE");
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-01-27"));
            assertThat(f.remediationDue()).isEqualTo(LocalDate.parse("2022-09-28"));
            assertThat(f.message()).isEqualTo("Chưa công khai dự toán ngân sách đã được HĐND xã phê chuẩn (hạn 27/01/2022).");
            assertThat(f.legalBasis()).isEqualTo("Thông tư 343/2016/TT-BTC, Điều 15 khoản 2, Điều 18 khoản 2");
            assertThat(f.facts()).containsEntry("approvedOn", LocalDate.parse("2021-12-28")).containsEntry("disclosedOn", null);
        }

        @Test
        void aThirtiethDayInsideTetMovesToTheFirstWorkingDayAfterIt() {
            // 01/01/2022 + 30 days = Mon 31/01/2022, an official Tết day: the period ends on Mon 07/02/2022.
            SubmissionBuilder s = inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ESTIMATE.APPROVED_ON", "2022-01-01").answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-02-07");
            assertNoFinding(s.evaluate(), "BUDGET-02");
            Finding late = onlyFinding(s.answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-02-08").evaluate(), "BUDGET-02");
            assertThat(late.severity()).isEqualTo(Severity.MINOR);
            assertThat(late.legalDeadline()).isEqualTo(LocalDate.parse("2022-02-07"));
        }

        @Test
        void aThirtiethDayOnSaturdayMovesToMonday() {
            // 03/03/2022 + 30 days = Sat 02/04/2022 → Mon 04/04/2022.
            SubmissionBuilder s = inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ESTIMATE.APPROVED_ON", "2022-03-03").answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-04-04");
            assertNoFinding(s.evaluate(), "BUDGET-02");
            assertThat(onlyFinding(s.answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-04-05").evaluate(), "BUDGET-02")
                    .legalDeadline()).isEqualTo(LocalDate.parse("2022-04-04"));
        }

        @Test
        void notDisclosedButNotYetDueIsNoFinding() {
            Evaluation e = inspectedOn("2022-01-27").compliantBudget().answer("BUDGET.ESTIMATE.DISCLOSED_ON", null).evaluate();
            assertNoFinding(e, "BUDGET-02");
        }
    }

    @Nested
    @DisplayName("BUDGET-03: disclosure of the estimate needs the decision on form 04/QĐ-CKNS")
    class Budget03 {

        @Test
        void disclosedWithoutTheDecisionIsMinor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ESTIMATE.DECISION_ISSUED", false).evaluate(), "BUDGET-03");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.message()).contains("04/QĐ-CKNS");
        }

        @Test
        void notDisclosedAtAllIsLeftToBudget02() {
            Evaluation e = inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ESTIMATE.DISCLOSED_ON", null).answer("BUDGET.ESTIMATE.DECISION_ISSUED", false).evaluate();
            assertNoFinding(e, "BUDGET-03");
        }
    }

    @Nested
    @DisplayName("BUDGET-04: quarterly execution disclosed within 15 days of the quarter's end")
    class Budget04 {

        @Test
        void aQuarterWithoutARowIsMissingMajor() {
            Evaluation e = inspectedOn("2022-09-14").compliantBudget()
                    .row("BUDGET_EXECUTION", "period", "2022-Q1", "disclosedOn", "2022-04-15")
                    .evaluate();
            Finding f = onlyFinding(e, "BUDGET-04");
            assertThat(f.subject()).isEqualTo("BUDGET_EXECUTION[2022-Q2]");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-07-15"));
            assertThat(f.message()).isEqualTo("Chưa công khai tình hình thực hiện dự toán ngân sách quý 2/2022 (hạn 15/07/2022).");
            assertThat(f.facts()).containsEntry("quarter", "2022-Q2");
        }

        @Test
        void onlyQuartersEndingInsideTheInspectionPeriodAreJudged() {
            Evaluation e = inspectedOn("2022-09-14").period("2022-04-01", "2022-08-31").compliantBudget()
                    .emptyList("BUDGET_EXECUTION").evaluate();
            assertThat(findingsOf(e, "BUDGET-04")).extracting(Finding::subject).containsExactly("BUDGET_EXECUTION[2022-Q2]");
        }

        @Test
        void theFifteenthDayOnSaturdayMovesToMondaySoDisclosingThenIsOnTime() {
            // Q3/2022 ends Fri 30/09; +15 = Sat 15/10/2022 → Mon 17/10/2022.
            SubmissionBuilder s = inspectedOn("2022-12-20").period("2022-07-01", "2022-12-01").compliantBudget()
                    .row("BUDGET_EXECUTION", "period", "2022-Q3", "disclosedOn", "2022-10-17");
            assertNoFinding(s.evaluate(), "BUDGET-04");
        }

        @Test
        void disclosedAfterTheDeadlineIsLateMinor() {
            Finding f = onlyFinding(inspectedOn("2022-12-20").period("2022-07-01", "2022-12-01").compliantBudget()
                    .row("BUDGET_EXECUTION", "period", "2022-Q3", "disclosedOn", "2022-10-18").evaluate(), "BUDGET-04");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("BUDGET_EXECUTION[2022-Q3]");
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-10-17"));
        }

        @Test
        void aRowWithoutADisclosureDateCountsAsNotDisclosed() {
            Finding f = onlyFinding(inspectedOn("2022-12-20").period("2022-07-01", "2022-12-01").compliantBudget()
                    .row("BUDGET_EXECUTION", "period", "2022-Q3", "disclosedOn", null).evaluate(), "BUDGET-04");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void withoutTheRecordListTheQuartersAreNotJudged() {
            assertNoFinding(inspectedOn("2022-09-14").compliantBudget().evaluate(), "BUDGET-04");
        }

        @Test
        void aQuarterWhoseDeadlineIsTheInspectionDayIsNotYetDue() {
            // Q2/2022 deadline: 30/06 + 15 = Fri 15/07/2022.
            Evaluation e = inspectedOn("2022-07-15").period("2022-04-01", "2022-06-30").emptyList("BUDGET_EXECUTION").evaluate();
            assertNoFinding(e, "BUDGET-04");
        }
    }

    @Nested
    @DisplayName("BUDGET-05: final accounts disclosed within 30 days of approval")
    class Budget05 {

        @Test
        void notDisclosedIsMissingMajor() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2022-07-15").answer("BUDGET.ACCOUNTS.DISCLOSED_ON", null)
                    .evaluate(), "BUDGET-05");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("BUDGET.ACCOUNTS");
            assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-08-15"));   // 14/08 is a Sunday
        }

        @Test
        void disclosedOnTheShiftedDeadlineIsOnTimeAndTheDayAfterIsLate() {
            SubmissionBuilder s = inspectedOn("2022-09-14").compliantBudget()
                    .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2022-07-15").answer("BUDGET.ACCOUNTS.DISCLOSED_ON", "2022-08-15");
            assertNoFinding(s.evaluate(), "BUDGET-05");
            assertThat(onlyFinding(s.answer("BUDGET.ACCOUNTS.DISCLOSED_ON", "2022-08-16").evaluate(), "BUDGET-05").severity())
                    .isEqualTo(Severity.MINOR);
        }

        @Test
        void doesNotRunWithoutAnApprovalDate() {
            assertNoFinding(inspectedOn("2022-09-14").compliantBudget().evaluate(), "BUDGET-05");
        }
    }

    @Nested
    @DisplayName("BUDGET-06: posting at the office for 30 days, and at the villages from July 2023")
    class Budget06 {

        @Test
        void notPostedAtTheOfficeIsMajorAndTheOnlyPostingFinding() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantBudget()
                    .answer("BUDGET.POSTING.AT_HQ", false).answer("BUDGET.POSTING.DAYS", 10)
                    .answer("BUDGET.POSTING.AT_VILLAGES", false).evaluate(), "BUDGET-06");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.subject()).isEqualTo("BUDGET.POSTING");
        }

        @Test
        void postedFor29DaysIsMinorAnd30IsEnough() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 29).evaluate(),
                    "BUDGET-06");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.facts()).containsEntry("postingDays", 29);
            assertNoFinding(inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 30).evaluate(), "BUDGET-06");
        }

        @Test
        void notPostedAtTheVillagesIsMinorFromJuly2023Only() {
            SubmissionBuilder before = inspectedOn("2023-06-30").compliantBudget().answer("BUDGET.POSTING.AT_VILLAGES", false);
            assertNoFinding(before.evaluate(), "BUDGET-06");
            Finding f = onlyFinding(inspectedOn("2023-07-01").compliantBudget().answer("BUDGET.POSTING.AT_VILLAGES", false)
                    .evaluate(), "BUDGET-06");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.legalBasis()).contains("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 13 khoản 2");
        }
    }
}
