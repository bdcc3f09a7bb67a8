package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.InspectionType;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;

/** How a consequence's finding is completed: metadata, legal basis by date, period of force, message, remediation. */
class FindingBuilderTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromDirectory(java.nio.file.Path.of("fixtures/calendar"));
    private static final RuleSettings SETTINGS = new RuleSettings(
            Map.of(Severity.CRITICAL, 5, Severity.MAJOR, 10, Severity.MINOR, 20), 0.95,
            Map.of("5.3", "VP-UBND-TP", "5.2", "VP-UBND-TP", "2.3", "SO-TAI-CHINH"));
    private static final RuleMetadata RULE = new RuleMetadata("X-01 thử", "X-01", "5.3", "VP-UBND-TP",
            LegalBasis.parse("Nghị định 61/2018/NĐ-CP, Điều 19 | 2025-07-01: Nghị định 118/2025/NĐ-CP"),
            LocalDate.parse("2018-06-21"), null);

    private static FindingCollector collector(String asOf) {
        Inspection inspection = new Inspection("S-1", "HN-XA-DONG-ANH-VIET-HUNG", 8, false, InspectionType.SCHEDULED,
                LocalDate.parse(asOf), LocalDate.parse(asOf).withDayOfYear(1), LocalDate.parse(asOf));
        return new FindingCollector(Map.of(RULE.ruleName(), RULE), SETTINGS, inspection, CALENDAR);
    }

    @Test
    void theMetadataTheLegalBasisInForceAndTheRemediationDeadlineAreAdded() {
        FindingCollector out = collector("2022-09-14");
        Deadline d = new Deadlines(CALENDAR).fixed(LocalDate.parse("2022-08-03"), LocalDate.parse("2022-08-05"), LocalDate.parse("2022-09-14"));
        out.raise(RULE.ruleName(), Severity.MAJOR).subject("DOSSIERS[HS-1]").deadline(d).judgedOn(d.due())
                .fact("procedure", "Chứng thực")
                .message("Hồ sơ {procedure} chưa trả (hạn {due}).").lateMessage("Hồ sơ {procedure} trả ngày {done}, chậm {daysLate} ngày.")
                .emit();
        Finding f = out.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("X-01");
        assertThat(f.legalBasis()).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 19");
        assertThat(f.message()).isEqualTo("Hồ sơ Chứng thực trả ngày 05/08/2022, chậm 2 ngày.");
        assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-08-03"));
        assertThat(f.remediationDue()).isEqualTo(LocalDate.parse("2022-09-28"));
        assertThat(f.facts()).containsEntry("daysLate", 2L).containsKey("procedure");
    }

    @Test
    void theJudgedDatePicksTheLaterTextAndAnotherSubIndexItsLeadAgency() {
        FindingCollector out = collector("2025-09-01");
        out.raise(RULE.ruleName(), Severity.CRITICAL).subject("DOSSIERS[HS-2]").papi("5.2")
                .judgedOn(LocalDate.parse("2025-07-01")).message("x").emit();
        Finding f = out.findings().get(0);
        assertThat(f.legalBasis()).isEqualTo("Nghị định 118/2025/NĐ-CP");
        assertThat(f.papi()).isEqualTo("5.2");
        assertThat(f.leadAgency()).isEqualTo("VP-UBND-TP");
    }

    @Test
    void outsideItsPeriodOfForceARuleRaisesNothing() {
        FindingCollector out = collector("2018-09-01");
        out.raise(RULE.ruleName(), Severity.MAJOR).subject("DOSSIERS[HS-3]").judgedOn(LocalDate.parse("2018-06-20")).message("x").emit();
        out.raise(RULE.ruleName(), Severity.MAJOR).subject("DOSSIERS[HS-4]").judgedOn(LocalDate.parse("2018-06-21")).message("x").emit();
        assertThat(out.findings()).extracting(Finding::subject).containsExactly("DOSSIERS[HS-4]");
    }

    @Test
    void aDeadlineInAYearWithoutPublishedHolidaysSaysItWasComputed() {
        FindingCollector out = collector("2027-03-01");
        Deadline d = new Deadlines(CALENDAR).workingDays(LocalDate.parse("2027-02-01"), 10, null, LocalDate.parse("2027-03-01"));
        out.raise(RULE.ruleName(), Severity.MINOR).subject("DOSSIERS[HS-5]").deadline(d).message("Hạn {due}.").emit();
        Finding f = out.findings().get(0);
        assertThat(f.facts()).containsEntry("calendarComputedYears", List.of(2027));
        assertThat(f.message()).contains("Ngày nghỉ lễ năm 2027 được tính theo quy định");
    }

    @Test
    void aRemediationDeadlineCountedIntoAYearWithoutPublishedHolidaysSaysSoForTheFinalSeverity() {
        FindingCollector out = collector("2026-12-10");
        out.raise(RULE.ruleName(), Severity.MINOR).subject("DOSSIERS[HS-6]").message("Hồ sơ chậm.").emit();
        Finding minor = out.findings().get(0);
        assertThat(minor.remediationDue()).isEqualTo(LocalDate.parse("2027-01-08")); // across 01/01/2027, computed
        assertThat(minor.facts()).containsEntry("calendarComputedYears", List.of(2027));
        assertThat(minor.message()).isEqualTo("Hồ sơ chậm. (Ngày nghỉ lễ năm 2027 được tính theo quy định vì chưa có lịch nghỉ công bố.)");

        // a repeat raises it to MAJOR: its ten working days end in 2026, whose holidays are published
        Finding raised = out.raised().get(0);
        Finding major = out.finish(new Finding(raised.ruleId(), Severity.MAJOR, true, raised.unit(), raised.papi(),
                raised.leadAgency(), raised.subject(), raised.message(), raised.legalBasis(), raised.legalDeadline(),
                null, raised.facts()));
        assertThat(major.remediationDue()).isEqualTo(LocalDate.parse("2026-12-24"));
        assertThat(major.facts()).doesNotContainKey("calendarComputedYears");
        assertThat(major.message()).isEqualTo("Hồ sơ chậm.");
    }

    @Test
    void anAdvisoryHasNoRemediationDeadline() {
        FindingCollector out = collector("2022-09-14");
        out.raise(RULE.ruleName(), Severity.ADVISORY).subject("X").message("x").emit();
        assertThat(out.findings().get(0).remediationDue()).isNull();
    }

    @Test
    void aMessageNamingAnUnknownFactIsARuleAuthorsMistakeAndSaysWhich() {
        FindingCollector out = collector("2022-09-14");
        assertThatThrownBy(() -> out.raise(RULE.ruleName(), Severity.MINOR).subject("X").message("Thiếu {khongCo}.").emit())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{khongCo}").hasMessageContaining("X-01 thử");
        out.raise(RULE.ruleName(), Severity.MINOR).subject("Y").message("Dấu { và {} giữ nguyên.").emit();
        assertThat(out.findings().get(0).message()).isEqualTo("Dấu { và {} giữ nguyên.");
    }

    @Test
    void aDeadlineIsOnTimeLateMissingOrNotYetDue() {
        LocalDate due = LocalDate.parse("2022-02-09");
        LocalDate asOf = LocalDate.parse("2022-03-01");
        assertThat(Deadline.judge(due, due, "", due, asOf, java.util.Collections.emptySortedSet()).timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadline.judge(due, due, "", due.plusDays(1), asOf, java.util.Collections.emptySortedSet()).timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(Deadline.judge(due, due, "", null, asOf, java.util.Collections.emptySortedSet()).timeliness()).isEqualTo(Timeliness.MISSING);
        assertThat(Deadline.judge(due, due, "", null, due, java.util.Collections.emptySortedSet()).timeliness()).isEqualTo(Timeliness.NOT_DUE);
        assertThat(Deadline.judge(due, due, "", null, asOf, java.util.Collections.emptySortedSet()).daysLate()).isEqualTo(20);
    }
}
