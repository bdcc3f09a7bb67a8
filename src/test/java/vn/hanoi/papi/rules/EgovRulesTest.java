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

@DisplayName("E-governance rules (PAPI 8.1 / 8.3)")
class EgovRulesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aCompliantEgovSectionRaisesNothing() {
        Evaluation e = inspectedOn("2024-03-01").compliantEgov()
                .row("PORTAL_QUESTIONS", "code", "CH-01", "receivedOn", "2024-01-15", "answeredOn", "2024-01-16")
                .evaluate();
        assertThat(e.findings()).isEmpty();
        assertThat(e.notInspected()).doesNotContain("EGOV", "PORTAL_QUESTIONS");
    }

    @Test
    void egovRulesDoNotRunWhenTheSectionsWereNotInspected() {
        Evaluation e = inspectedOn("2024-03-01").compliantPoor().evaluate();
        assertNoFinding(e, "EGOV-01");
        assertNoFinding(e, "EGOV-02");
        assertThat(e.notInspected()).contains("EGOV", "PORTAL_QUESTIONS");
    }

    @Nested
    @DisplayName("EGOV-01: a commune portal (PAPI 8.1), carrying the required disclosures from July 2023")
    class Egov01 {

        @Test
        void noPortalIsAnAdvisoryWithoutRemediationDeadline() {
            Finding f = onlyFinding(inspectedOn("2024-03-01").compliantEgov().answer("EGOV.PORTAL_EXISTS", false)
                    .answer("EGOV.PORTAL_HAS_DISCLOSURES", false).evaluate(), "EGOV-01");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.subject()).isEqualTo("EGOV.PORTAL");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.remediationDue()).isNull();
            assertThat(f.papi()).isEqualTo("8.1");
            assertThat(f.leadAgency()).isEqualTo("SO-TTTT");
            assertThat(f.legalBasis()).isEqualTo("Không bắt buộc theo pháp luật; khuyến nghị theo Chỉ số PAPI, nội dung thành phần "
                    + "8.1 (sử dụng cổng thông tin điện tử của chính quyền địa phương)");
            assertThat(f.message()).contains("chưa có cổng/trang thông tin điện tử", "Khuyến nghị");
            assertThat(f.facts()).containsEntry("portalExists", false);
        }

        @Test
        void noPortalIsAnAdvisoryBeforeJuly2023Too() {
            Finding f = onlyFinding(inspectedOn("2022-09-14").compliantEgov().answer("EGOV.PORTAL_EXISTS", false).evaluate(),
                    "EGOV-01");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
        }

        @Test
        void aPortalWithoutTheDisclosuresIsMinorFromJuly2023() {
            // 01/07/2023 is a Saturday; + 20 working days: 3–7, 10–14, 17–21, 24–28 July → 28/07/2023.
            Finding f = onlyFinding(inspectedOn("2023-07-01").compliantEgov().answer("EGOV.PORTAL_HAS_DISCLOSURES", false)
                    .evaluate(), "EGOV-01");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.subject()).isEqualTo("EGOV.PORTAL");
            assertThat(f.legalDeadline()).isNull();
            assertThat(f.papi()).isEqualTo("8.1");
            assertThat(f.leadAgency()).isEqualTo("SO-TTTT");
            assertThat(f.legalBasis()).isEqualTo("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 13 khoản 1");
            assertThat(f.message()).contains("chưa đăng đủ các nội dung phải công khai");
            assertThat(f.facts()).containsEntry("portalExists", true).containsEntry("portalHasDisclosures", false);
            assertThat(f.remediationDue()).isEqualTo(d("2023-07-28"));
        }

        @Test
        void aPortalWithoutTheDisclosuresTheDayBeforeTheLawIsNoFinding() {
            assertNoFinding(inspectedOn("2023-06-30").compliantEgov().answer("EGOV.PORTAL_HAS_DISCLOSURES", false).evaluate(),
                    "EGOV-01");
        }

        @Test
        void aPortalWithTheDisclosuresIsNoFinding() {
            assertNoFinding(inspectedOn("2024-03-01").compliantEgov().evaluate(), "EGOV-01");
        }
    }

    @Nested
    @DisplayName("EGOV-02: a question on the portal answered within 10 working days (PAPI 8.3, advisory)")
    class Egov02 {

        // Received Mon 07/03/2022: Tue 8, Wed 9, Thu 10, Fri 11, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18, Mon 21 → 21/03/2022.
        private static final String RECEIVED = "2022-03-07";

        private SubmissionBuilder question(String inspected, String received, String answered) {
            return inspectedOn(inspected).row("PORTAL_QUESTIONS", "code", "CH-01", "receivedOn", received, "answeredOn", answered);
        }

        @Test
        void unansweredAfterTheTenthWorkingDayIsAnAdvisory() {
            Finding f = onlyFinding(question("2022-09-14", RECEIVED, null).evaluate(), "EGOV-02");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.subject()).isEqualTo("PORTAL_QUESTIONS[CH-01]");
            assertThat(f.legalDeadline()).isEqualTo(d("2022-03-21"));
            assertThat(f.remediationDue()).isNull();
            assertThat(f.papi()).isEqualTo("8.3");
            assertThat(f.leadAgency()).isEqualTo("SO-TTTT");
            assertThat(f.legalBasis()).isEqualTo("Không có thời hạn pháp định; khuyến nghị theo Chỉ số PAPI, nội dung thành phần 8.3 "
                    + "(phúc đáp của chính quyền qua cổng thông tin điện tử)");
            assertThat(f.message()).contains("chưa được trả lời", "07/03/2022", "21/03/2022", "Khuyến nghị");
            assertThat(f.facts()).containsEntry("receivedOn", d(RECEIVED)).containsEntry("answeredOn", null)
                    .containsEntry("daysLate", 177L);   // 21/03 → 14/09/2022
        }

        @Test
        void answeredOnTheTenthWorkingDayIsNoFinding() {
            assertNoFinding(question("2022-09-14", RECEIVED, "2022-03-21").evaluate(), "EGOV-02");
        }

        @Test
        void answeredOneDayLaterIsAlsoAnAdvisory() {
            Finding f = onlyFinding(question("2022-09-14", RECEIVED, "2022-03-22").evaluate(), "EGOV-02");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.legalDeadline()).isEqualTo(d("2022-03-21"));
            assertThat(f.remediationDue()).isNull();
            assertThat(f.facts()).containsEntry("daysLate", 1L).containsEntry("answeredOn", d("2022-03-22"));
            assertThat(f.message()).contains("được trả lời ngày 22/03/2022", "muộn 1 ngày", "21/03/2022");
        }

        @Test
        void aTenthWorkingDayEqualToTheInspectionDayIsNotOverYet() {
            assertNoFinding(question("2022-03-21", RECEIVED, null).evaluate(), "EGOV-02");
            onlyFinding(question("2022-03-22", RECEIVED, null).evaluate(), "EGOV-02");
        }

        @Test
        void theWorkingDaysSkipTet2023() {
            // Received Fri 13/01/2023: Mon 16, Tue 17, Wed 18, Thu 19, Tết 20–26/01, Fri 27, Mon 30, Tue 31, Wed 01, Thu 02,
            // Fri 03/02 → 03/02/2023.
            assertNoFinding(question("2023-03-01", "2023-01-13", "2023-02-03").evaluate(), "EGOV-02");
            Finding f = onlyFinding(question("2023-03-01", "2023-01-13", "2023-02-06").evaluate(), "EGOV-02");
            assertThat(f.legalDeadline()).isEqualTo(d("2023-02-03"));
            assertThat(f.facts()).containsEntry("daysLate", 3L);   // Fri 03 → Mon 06/02
        }

        @Test
        void eachRowIsJudgedOnItsOwn() {
            Evaluation e = inspectedOn("2022-09-14")
                    .row("PORTAL_QUESTIONS", "code", "CH-01", "receivedOn", RECEIVED, "answeredOn", "2022-03-08")
                    .row("PORTAL_QUESTIONS", "code", "CH-02", "receivedOn", RECEIVED, "answeredOn", null)
                    .evaluate();
            assertThat(findingsOf(e, "EGOV-02")).extracting(Finding::subject).containsExactly("PORTAL_QUESTIONS[CH-02]");
        }

        @Test
        void anEmptyListMeansNoQuestionAndNoFinding() {
            assertNoFinding(inspectedOn("2022-09-14").emptyList("PORTAL_QUESTIONS").evaluate(), "EGOV-02");
        }
    }
}
