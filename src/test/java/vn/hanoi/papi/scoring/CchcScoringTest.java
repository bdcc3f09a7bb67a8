package vn.hanoi.papi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.findings.FindingStatus.CLOSED;
import static vn.hanoi.papi.findings.FindingStatus.CONFIRMED;
import static vn.hanoi.papi.findings.FindingStatus.DISMISSED;
import static vn.hanoi.papi.findings.FindingStatus.OPEN;
import static vn.hanoi.papi.findings.FindingStatus.REMEDIATION_SUBMITTED;
import static vn.hanoi.papi.findings.FindingStatus.REOPENED;
import static vn.hanoi.papi.findings.Severity.ADVISORY;
import static vn.hanoi.papi.findings.Severity.CRITICAL;
import static vn.hanoi.papi.findings.Severity.MAJOR;
import static vn.hanoi.papi.findings.Severity.MINOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.rules.ScoringSettings;

/** The CCHC score rule by rule, with the defaults of the spec (10; 2, 1, 0.25, 0; repeat ×2; overdue 0.5). */
class CchcScoringTest {

    static final String UNIT = "HN-XA-A";
    static final LocalDate INSPECTED = LocalDate.of(2024, 3, 5);
    static final LocalDate DUE = LocalDate.of(2024, 3, 19);
    /** Before every deadline: no overdue penalty. */
    static final LocalDate EARLY = LocalDate.of(2024, 3, 10);
    static final CchcScoring SCORING = new CchcScoring(ScoringSettings.DEFAULTS);

    private int next;

    ScoredFinding finding(Severity severity, boolean repeat, FindingStatus status, LocalDate due, LocalDate closedOn) {
        next++;
        return new ScoredFinding("f" + next, UNIT, "R-" + next, "S", severity, repeat, status, INSPECTED, due, closedOn);
    }

    ScoredFinding finding(Severity severity, FindingStatus status) {
        return finding(severity, false, status, DUE, null);
    }

    static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Test
    void noFindingScoresTheMaximum() {
        UnitScore s = SCORING.score(UNIT, List.of(), EARLY);
        assertThat(s.score()).isEqualTo(points("10.00"));
        assertThat(s.deducted()).isEqualTo(points("0.00"));
        assertThat(s.deductions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, 8.00, 2.00, CRITICAL: −2", "MAJOR, 9.00, 1.00, MAJOR: −1", "MINOR, 9.75, 0.25, 'MINOR: −0,25'",
            "ADVISORY, 10.00, 0.00, ADVISORY: −0"})
    void eachSeverityTakesOffItsDeduction(Severity severity, String score, String amount, String reason) {
        ScoredFinding f = finding(severity, CONFIRMED);
        UnitScore s = SCORING.score(UNIT, List.of(f), EARLY);
        assertThat(s.score()).isEqualTo(points(score));
        assertThat(s.deductions()).singleElement().satisfies(d -> {
            assertThat(d.findingId()).isEqualTo(f.id());
            assertThat(d.ruleId()).isEqualTo(f.ruleId());
            assertThat(d.subject()).isEqualTo("S");
            assertThat(d.severity()).isEqualTo(severity);
            assertThat(d.repeat()).isFalse();
            assertThat(d.kind()).isEqualTo(Deduction.Kind.SEVERITY);
            assertThat(d.reason()).isEqualTo(reason);
            assertThat(d.amount()).isEqualTo(points(amount));
        });
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, 6.00, 4.00", "MAJOR, 8.00, 2.00", "MINOR, 9.50, 0.50", "ADVISORY, 10.00, 0.00"})
    void aRepeatDoublesTheDeduction(Severity severity, String score, String amount) {
        UnitScore s = SCORING.score(UNIT, List.of(finding(severity, true, CONFIRMED, DUE, null)), EARLY);
        assertThat(s.score()).isEqualTo(points(score));
        assertThat(s.deductions()).singleElement().satisfies(d -> {
            assertThat(d.repeat()).isTrue();
            assertThat(d.amount()).isEqualTo(points(amount));
            assertThat(d.reason()).contains("tái phạm: ×2");
        });
    }

    @ParameterizedTest
    @EnumSource(value = FindingStatus.class, names = {"CONFIRMED", "REMEDIATION_SUBMITTED", "CLOSED", "REOPENED"})
    void theConfirmedStatesCount(FindingStatus status) {
        UnitScore s = SCORING.score(UNIT, List.of(finding(MAJOR, false, status, DUE, status == CLOSED ? DUE : null)), EARLY);
        assertThat(s.score()).isEqualTo(points("9.00"));
    }

    @ParameterizedTest
    @EnumSource(value = FindingStatus.class, names = {"OPEN", "DISMISSED"})
    void openAndDismissedFindingsAreIgnored_evenOverdue(FindingStatus status) {
        UnitScore s = SCORING.score(UNIT, List.of(finding(CRITICAL, true, status, DUE, null)), LocalDate.of(2024, 12, 31));
        assertThat(s.score()).isEqualTo(points("10.00"));
        assertThat(s.deductions()).isEmpty();
    }

    @Test
    void findingsOfOtherUnitsAreIgnored() {
        ScoredFinding other = new ScoredFinding("x", "HN-XA-B", "R", "S", CRITICAL, false, CONFIRMED, INSPECTED, DUE, null);
        assertThat(SCORING.score(UNIT, List.of(other), EARLY).score()).isEqualTo(points("10.00"));
    }

    @Test
    void overduePenalty_onlyAfterTheDeadline() {
        // due 19/03/2024: as of the 19th it is not overdue yet; as of the 20th it is.
        ScoredFinding f = finding(MINOR, CONFIRMED);
        assertThat(SCORING.score(UNIT, List.of(f), DUE).score()).isEqualTo(points("9.75"));
        UnitScore late = SCORING.score(UNIT, List.of(f), DUE.plusDays(1));
        assertThat(late.score()).isEqualTo(points("9.25"));
        assertThat(late.deductions()).hasSize(2);
        Deduction overdue = late.deductions().get(1);
        assertThat(overdue.kind()).isEqualTo(Deduction.Kind.OVERDUE);
        assertThat(overdue.findingId()).isEqualTo(f.id());
        assertThat(overdue.amount()).isEqualTo(points("0.50"));
        assertThat(overdue.reason()).isEqualTo("quá hạn khắc phục: −0,5 (hạn khắc phục 19/03/2024, chưa đóng đến ngày 20/03/2024)");
    }

    @Test
    void closedOnOrBeforeTheDeadline_noPenalty() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        assertThat(SCORING.score(UNIT, List.of(finding(MAJOR, false, CLOSED, DUE, DUE)), asOf).score())
                .isEqualTo(points("9.00"));
        assertThat(SCORING.score(UNIT, List.of(finding(MAJOR, false, CLOSED, DUE, DUE.minusDays(3))), asOf).score())
                .isEqualTo(points("9.00"));
    }

    @Test
    void closedAfterTheDeadline_penalty() {
        UnitScore s = SCORING.score(UNIT, List.of(finding(MAJOR, false, CLOSED, DUE, DUE.plusDays(1))), LocalDate.of(2024, 12, 31));
        assertThat(s.score()).isEqualTo(points("8.50"));
        assertThat(s.deductions().get(1).reason()).isEqualTo("quá hạn khắc phục: −0,5 (hạn khắc phục 19/03/2024, đóng ngày 20/03/2024, sau hạn)");
    }

    @Test
    void aCloseAfterTheDayScoredIsNotKnownOnThatDay() {
        UnitScore s = SCORING.score(UNIT, List.of(finding(MAJOR, false, CLOSED, DUE, DUE.plusDays(10))), DUE.plusDays(2));
        assertThat(s.score()).isEqualTo(points("8.50"));
        assertThat(s.deductions().get(1).reason()).isEqualTo("quá hạn khắc phục: −0,5 (hạn khắc phục 19/03/2024, chưa đóng đến ngày 21/03/2024)");
    }

    @ParameterizedTest
    @EnumSource(value = FindingStatus.class, names = {"CONFIRMED", "REMEDIATION_SUBMITTED", "REOPENED"})
    void notClosed_penaltyWhateverElseHappened(FindingStatus status) {
        assertThat(SCORING.score(UNIT, List.of(finding(MINOR, status)), DUE.plusDays(1)).score()).isEqualTo(points("9.25"));
    }

    @Test
    void noRemediationDeadline_neverOverdue() {
        UnitScore s = SCORING.score(UNIT, List.of(finding(ADVISORY, false, CONFIRMED, null, null)), LocalDate.of(2030, 1, 1));
        assertThat(s.score()).isEqualTo(points("10.00"));
        assertThat(s.deductions()).hasSize(1);
    }

    @Test
    void neverBelowZero_butEveryLineListed() {
        List<ScoredFinding> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.add(finding(CRITICAL, true, CONFIRMED, DUE, null));               // 3 × (4 + 0.5) = 13.5
        }
        UnitScore s = SCORING.score(UNIT, many, LocalDate.of(2024, 6, 1));
        assertThat(s.score()).isEqualTo(points("0.00"));
        assertThat(s.deducted()).isEqualTo(points("13.50"));
        assertThat(s.deductions()).hasSize(6);
    }

    @Test
    void exactDecimals_fortyQuarterPointsMakeTen() {
        // 0.25 is exact in BigDecimal; 39 × 0.25 = 9.75 leaves exactly 0.25 (a double sum of 0.1-like steps would drift).
        List<ScoredFinding> minors = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            minors.add(finding(MINOR, CONFIRMED));
        }
        UnitScore s = SCORING.score(UNIT, minors, EARLY);
        assertThat(s.score()).isEqualTo(points("0.25"));
        assertThat(s.score().scale()).isEqualTo(2);
        minors.add(finding(MINOR, CONFIRMED));
        assertThat(SCORING.score(UNIT, minors, EARLY).score()).isEqualTo(points("0.00"));
    }

    @Test
    void exactDecimals_withOtherFigures() {
        ScoringSettings tenths = new ScoringSettings(points("10"), Map.of(CRITICAL, points("0.1"), MAJOR, points("0.1"),
                MINOR, points("0.1"), ADVISORY, points("0")), points("2"), points("0.1"));
        List<ScoredFinding> fs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fs.add(finding(MINOR, CONFIRMED));
        }
        // 0.1 + 0.1 + 0.1 as doubles is 0.30000000000000004; here it is 0.30 exactly.
        assertThat(new CchcScoring(tenths).score(UNIT, fs, EARLY).score()).isEqualTo(points("9.70"));
    }

    @Test
    void aFullExample_addsUpByHand() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        List<ScoredFinding> fs = List.of(
                finding(CRITICAL, false, CLOSED, DUE, DUE),                      // −2
                finding(MAJOR, true, REOPENED, DUE, null),                       // −2 and overdue −0.5
                finding(MINOR, false, REMEDIATION_SUBMITTED, null, null),        // −0.25
                finding(MINOR, false, CLOSED, DUE, DUE.plusDays(2)),             // −0.25 and overdue −0.5
                finding(CRITICAL, true, DISMISSED, DUE, null),                   // nothing
                finding(MAJOR, false, OPEN, DUE, null));                         // nothing
        UnitScore s = SCORING.score(UNIT, fs, asOf);
        assertThat(s.deducted()).isEqualTo(points("5.50"));
        assertThat(s.score()).isEqualTo(points("4.50"));
        assertThat(s.deductions()).extracting(Deduction::amount)
                .containsExactly(points("2.00"), points("2.00"), points("0.50"), points("0.25"), points("0.25"), points("0.50"));
    }

    @Test
    void vietnameseNumbers() {
        assertThat(CchcScoring.minus(points("0.50"))).isEqualTo("−0,5");
        assertThat(CchcScoring.minus(points("10.00"))).isEqualTo("−10");
        assertThat(CchcScoring.number(points("1.25"))).isEqualTo("1,25");
    }
}
