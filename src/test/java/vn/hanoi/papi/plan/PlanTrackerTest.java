package vn.hanoi.papi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.support.TestEngine;

/** PLAN-01: a task of Phụ lục 1 not done by the end of its window, reviewed by the rules of rules/plan.drl. */
class PlanTrackerTest {

    private static final Engine ENGINE = TestEngine.get();
    private static final List<PlanTask> TASKS = PlanDefinition.load(Path.of("fixtures"), "papi");
    private static final PlanTracker TRACKER = new PlanTracker(ENGINE.currentRules(), ENGINE.calendar());

    private static List<Finding> review(LocalDate asOf, UnaryOperator<PlanTask> change) {
        return TRACKER.review(TASKS.stream().map(change).toList(), asOf);
    }

    private static PlanTask task(String number) {
        return TASKS.stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("the fixture: the nine tasks of Phụ lục 1, task 5 through its items")
    class Fixture {
        @Test
        void nineTasksWithTask5SplitByLead() {
            assertThat(TASKS).extracting(PlanTask::number).containsExactly("1", "2", "3", "4",
                    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "6", "7", "8", "9");
            assertThat(TASKS).allSatisfy(t -> assertThat(ENGINE.units().find(t.lead())).isPresent());
            assertThat(task("1").lead()).isEqualTo("HN");
            assertThat(task("5.3").lead()).isEqualTo("SO-TAI-CHINH");
            assertThat(task("5.4").lead()).isEqualTo("THANH-TRA-TP");
            assertThat(task("5.5").lead()).isEqualTo("SO-TU-PHAP");
            assertThat(task("5.6").lead()).isEqualTo("SO-TNMT");
            assertThat(task("9").lead()).isEqualTo("VP-UBND-TP");
            assertThat(task("5.3").title()).startsWith("Lập Báo cáo phân tích sâu").endsWith("“Đóng góp tự nguyện”");
            // "Trong tháng 6/2022", "Trong tháng 7/2022", "Từ 8/2022 đến 4/2023"
            assertThat(task("2").windowFrom()).isEqualTo("2022-06-01");
            assertThat(task("2").windowTo()).isEqualTo("2022-06-30");
            assertThat(task("3").windowTo()).isEqualTo("2022-07-31");
            assertThat(task("7").windowFrom()).isEqualTo("2022-08-01");
            assertThat(task("7").windowTo()).isEqualTo("2023-04-30");
            assertThat(TASKS).allSatisfy(t -> assertThat(t.status()).isEqualTo(PlanTaskStatus.NOT_STARTED));
        }
    }

    @Nested
    @DisplayName("PLAN-01 fires")
    class Fires {
        @Test
        void forEveryTaskWhoseWindowEndedNotDoneAgainstItsLead() {
            // asOf 01/07/2022: the June tasks (1, 2, 5.1…5.9) are due; task 3 (July) and the longer ones are not.
            List<Finding> findings = review(LocalDate.of(2022, 7, 1), UnaryOperator.identity());
            assertThat(findings).extracting(Finding::subject).containsExactly("PLAN[1]", "PLAN[2]", "PLAN[5.1]",
                    "PLAN[5.2]", "PLAN[5.3]", "PLAN[5.4]", "PLAN[5.5]", "PLAN[5.6]", "PLAN[5.7]", "PLAN[5.8]", "PLAN[5.9]");
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo("PLAN-01");
                assertThat(f.severity()).isEqualTo(Severity.MINOR);
                assertThat(f.legalDeadline()).isEqualTo("2022-06-30");
                assertThat(f.legalBasis()).contains("Kế hoạch 164/KH-UBND");
            });
            Finding taiChinh = findings.stream().filter(f -> f.subject().equals("PLAN[5.3]")).findFirst().orElseThrow();
            assertThat(taiChinh.unit()).isEqualTo("SO-TAI-CHINH");
            assertThat(taiChinh.papi()).isEqualTo("1.4");
            assertThat(taiChinh.leadAgency()).isEqualTo("SO-TAI-CHINH");
            assertThat(taiChinh.message()).isEqualTo("Nhiệm vụ 5.3 của Kế hoạch 164/KH-UBND “" + task("5.3").title()
                    + "” (chủ trì: SO-TAI-CHINH) phải hoàn thành trong thời hạn 01/06/2022 – 30/06/2022; đến ngày 01/07/2022 vẫn chưa triển khai.");
            // Task 1 has no sub-index of its own: the rule's 1.2 (Sở Nội vụ follows the plan); the unit is its lead, UBND TP.
            Finding city = findings.get(0);
            assertThat(city.unit()).isEqualTo("HN");
            assertThat(city.papi()).isEqualTo("1.2");
            assertThat(city.leadAgency()).isEqualTo("SO-NOI-VU");
            // Remediation: MINOR = 20 working days from Fri 01/07/2022: four full weeks → Fri 29/07/2022.
            assertThat(city.remediationDue()).isEqualTo("2022-07-29");
        }

        @Test
        void whenDoneAfterTheWindow() {
            List<Finding> findings = review(LocalDate.of(2022, 8, 1),
                    t -> t.number().equals("3") ? t.with(PlanTaskStatus.DONE, LocalDate.of(2022, 8, 1)) : t);
            Finding late = findings.stream().filter(f -> f.subject().equals("PLAN[3]")).findFirst().orElseThrow();
            assertThat(late.unit()).isEqualTo("SO-NOI-VU");
            assertThat(late.message()).contains("hoàn thành ngày 01/08/2022, chậm 1 ngày so với thời hạn 01/07/2022 – 31/07/2022");
        }

        @Test
        void whenInProgressAtTheEndOfALongWindow() {
            // Task 7: "Từ 8/2022 đến 4/2023" → due 30/04/2023; reviewed on 02/05/2023.
            List<Finding> findings = review(LocalDate.of(2023, 5, 2),
                    t -> t.number().equals("7") ? t.with(PlanTaskStatus.IN_PROGRESS, null) : t);
            assertThat(findings).filteredOn(f -> f.subject().equals("PLAN[7]")).singleElement()
                    .satisfies(f -> assertThat(f.message()).endsWith("đến ngày 02/05/2023 vẫn đang thực hiện."));
            assertThat(findings).hasSize(TASKS.size());
        }
    }

    @Nested
    @DisplayName("PLAN-01 does not fire")
    class DoesNotFire {
        @Test
        void onTheLastDayOfTheWindow() {
            assertThat(review(LocalDate.of(2022, 6, 30), UnaryOperator.identity())).isEmpty();
        }

        @Test
        void whenDoneOnTheLastDayOfTheWindow() {
            List<Finding> findings = review(LocalDate.of(2022, 7, 1),
                    t -> t.windowTo().equals(LocalDate.of(2022, 6, 30)) ? t.with(PlanTaskStatus.DONE, t.windowTo()) : t);
            assertThat(findings).isEmpty();
        }

        @Test
        void forSubmissionsWhichNeverCarryPlanFacts() {
            assertThat(ENGINE.rules().rules()).filteredOn(m -> m.id().equals("PLAN-01")).singleElement()
                    .satisfies(m -> assertThat(m.isSubmissionRule()).isFalse());
        }
    }
}
