package vn.hanoi.papi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.SubmissionBuilder.inspectedOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.TestEngine;
import vn.hanoi.papi.units.Unit;

/**
 * The benchmark's plain-Java baseline gives exactly the findings of the Drools rules — ids, severities,
 * subjects, messages, legal bases, deadlines, remediation dates and facts (keys, order and value types) —
 * on the example submissions, the benchmark's inputs and edge submissions. A disagreement is also a question
 * about the DRL rules: which side follows the catalog?
 */
@DisplayName("Plain-Java baseline = Drools rules")
class PlainJavaRulesTest {

    private static final Engine ENGINE = TestEngine.get();
    private static final PlainJavaRules PLAIN = new PlainJavaRules(ENGINE.rules(), ENGINE.calendar());

    /** A remote commune (vùng sâu, vùng xa): longer complaint deadlines. */
    private static final String REMOTE_UNIT = "HN-XA-BA-VI-MINH-QUANG";

    private static final String NOTHING_INSPECTED = "sections absent (no rule runs)";

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void givesTheFindingsOfTheDroolsRules(String name, Submission submission) {
        List<Finding> drools = ENGINE.evaluator().evaluate(submission).findings();
        Unit unit = ENGINE.units().find(submission.unit()).orElseThrow();
        List<Finding> plain = PLAIN.evaluate(submission, unit);
        if (name.equals(NOTHING_INSPECTED)) {
            assertThat(drools).isEmpty();
        } else {
            assertThat(drools).as("findings of %s", name).isNotEmpty();
        }

        // Field by field, facts with their order and value types, so that a difference shows where it is.
        assertThat(plain).extracting(PlainJavaRulesTest::describe).as(name)
                .containsExactlyElementsOf(drools.stream().map(PlainJavaRulesTest::describe).toList());
        assertThat(plain).isEqualTo(drools);
    }

    @Test
    @DisplayName("the inputs make every rule fire, in each of its variants (missing / late, and each DRL rule of an id)")
    void theInputsExerciseEveryRule() {
        Set<String> variants = new TreeSet<>();
        inputs().forEach(args -> {
            Submission s = (Submission) args.get()[1];
            for (Finding f : ENGINE.evaluator().evaluate(s).findings()) {
                variants.add(variant(f));
            }
        });
        assertThat(variants).containsExactlyInAnyOrder(
                "BUDGET-01 MAJOR disclosedOn=null", "BUDGET-01 MINOR disclosedOn=set",
                "BUDGET-02 MAJOR disclosedOn=null", "BUDGET-02 MINOR disclosedOn=set",
                "BUDGET-03 MINOR",
                "BUDGET-04 MAJOR disclosedOn=null", "BUDGET-04 MINOR disclosedOn=set",
                "BUDGET-05 MAJOR disclosedOn=null", "BUDGET-05 MINOR disclosedOn=set",
                "BUDGET-06 MAJOR postingDays=absent postedAtVillages=absent",
                "BUDGET-06 MINOR postingDays=set postedAtVillages=absent",
                "BUDGET-06 MINOR postingDays=set postedAtVillages=false",
                "CISB-01 MAJOR cisbEstablished=false", "CISB-01 MINOR cisbEstablished=true",
                "CMP-01 MAJOR acceptedOn=null", "CMP-01 MINOR acceptedOn=set",
                "CMP-02 MAJOR round=1 resolvedOn=null", "CMP-02 MINOR round=1 resolvedOn=set",
                "CMP-02 MAJOR round=2 resolvedOn=null", "CMP-02 MINOR round=2 resolvedOn=set",
                "DEN-01 MAJOR initialHandledOn=null", "DEN-01 MINOR initialHandledOn=set",
                "DEN-02 MAJOR resolvedOn=null", "DEN-02 MINOR resolvedOn=set",
                "DEN-03 MINOR",
                "EGOV-01 ADVISORY", "EGOV-01 MINOR",
                "EGOV-02 ADVISORY answeredOn=null", "EGOV-02 ADVISORY answeredOn=set",
                "GDL-01 MINOR updatedOn=null", "GDL-01 MINOR updatedOn=set",
                "GDL-02 MAJOR", "GDL-03 MAJOR",
                "GDL-04 MAJOR lastHeldOn=null", "GDL-04 MAJOR lastHeldOn=set",
                "GDL-05 MINOR",
                "PIB-01 MAJOR", "PIB-02 MAJOR", "PIB-03 MINOR",
                "PIB-04 MAJOR answeredOn=null", "PIB-04 MINOR answeredOn=set",
                "POOR-01 MAJOR", "POOR-02 MINOR", "POOR-03 CRITICAL",
                "POOR-04 MAJOR recheckedOn=null", "POOR-04 MINOR recheckedOn=set",
                "POOR-05 MINOR",
                "RECEP-01 MAJOR", "RECEP-01 MINOR",
                "RECEP-02 MAJOR answeredOn=null", "RECEP-02 MINOR answeredOn=set",
                "TTHC-01 CRITICAL resultOn=null apologyOn=null", "TTHC-01 CRITICAL resultOn=set apologyOn=null",
                "TTHC-01 CRITICAL resultOn=null apologyOn=set", "TTHC-01 CRITICAL resultOn=set apologyOn=set",
                "TTHC-01 MAJOR resultOn=null apologyOn=null", "TTHC-01 MAJOR resultOn=set apologyOn=null",
                "TTHC-01 MAJOR resultOn=null apologyOn=set", "TTHC-01 MAJOR resultOn=set apologyOn=set",
                "TTHC-02 MAJOR", "TTHC-03 MINOR", "TTHC-04 MAJOR",
                "VH-01 MINOR decisionOn=null", "VH-01 MINOR decisionOn=set",
                "VH-02 MINOR noticeOn=null", "VH-02 MINOR noticeOn=set",
                "VH-03 MINOR candidatesOn=null", "VH-03 MINOR candidatesOn=set",
                "VH-04 CRITICAL",
                "VH-05 MAJOR recognizedOn=null", "VH-05 MINOR recognizedOn=set",
                "VH-06 ADVISORY");
    }

    @Test
    @DisplayName("the baseline raises findings under the names of the DRL rules, every one of them")
    void implementsEveryDrlRule() {
        assertThat(PlainJavaRules.RULE_NAMES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ENGINE.rules().metadata().values().stream()
                        .filter(meta -> meta.isSubmissionRule()).map(meta -> meta.ruleName()).toList());
    }

    // ---- inputs ----

    static Stream<Arguments> inputs() {
        List<Arguments> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
            for (Path file : files.sorted().toList()) {
                inputs.add(Arguments.of("fixture " + file.getFileName(), ENGINE.validator().parse(Files.readAllBytes(file))));
            }
            inputs.add(Arguments.of("benchmark, 200 dossiers, 1 in 20 overdue", BenchmarkSubmissions.standardChecklist(ENGINE, 200, 20)));
            inputs.add(Arguments.of("benchmark, 200 dossiers, 1 in 3 overdue", BenchmarkSubmissions.standardChecklist(ENGINE, 200, 3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edges().forEach((name, builder) -> inputs.add(Arguments.of(name, ENGINE.validator().parse(builder.toJson()))));
        return inputs.stream();
    }

    private static Map<String, SubmissionBuilder> edges() {
        Map<String, SubmissionBuilder> edges = new LinkedHashMap<>();
        edges.put("2027, a year without a published calendar (computed holidays, Tết 2027)", computedYear2027());
        edges.put("2021, deadlines running back into 2020 (no calendar file)", computedYear2020());
        edges.put("2026-07, complaints and denunciations under Law 136/2025, remote unit", law136Of2025());
        edges.put("2023-06-30, the day before Law 10/2022", grassroots2023("2023-06-30"));
        edges.put("2023-07-01, Law 10/2022 in force", grassroots2023("2023-07-01"));
        edges.put("2025-07-15, dossiers due either side of Decree 118/2025, elections, PIB", decree118Of2025());
        edges.put(NOTHING_INSPECTED, inspectedOn("2024-05-10").compliantPib());
        edges.put("empty record lists: quarters and weeks with nothing done", emptyLists());
        return edges;
    }

    private static SubmissionBuilder computedYear2027() {
        SubmissionBuilder s = inspectedOn("2027-04-20").period("2027-01-01", "2027-03-31")
                .answer("BUDGET.DRAFT.SENT_ON", "2027-02-01")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", null)
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2026-12-28")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2027-02-10")
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", false)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2027-01-15")
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", null)
                .answer("BUDGET.POSTING.AT_HQ", true)
                .answer("BUDGET.POSTING.AT_VILLAGES", true)
                .answer("BUDGET.POSTING.DAYS", 20)
                .answer("POOR.MEETING.ATTENDEES", 40)
                .answer("POOR.MEETING.AGREED", 10)
                .answer("POOR.LIST.POSTED_AT_VILLAGE", false)
                .answer("POOR.LIST.POSTED_AT_HQ", false)
                .answer("POOR.LIST.POSTED_FROM", "2027-02-04")
                .answer("POOR.LIST.POSTED_UNTIL", "2027-02-10")
                .answer("POOR.LIST.DECISION_ON", null)
                .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2026-09-30")
                .answer("GDL.TTHC_POSTED_AT_HQ", true)
                .answer("GDL.REGULATION_ADOPTED", true)
                .answer("GDL.DIALOGUE.LAST_HELD_ON", null)
                .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 2)
                .answer("EGOV.PORTAL_EXISTS", false)
                .answer("EGOV.PORTAL_HAS_DISCLOSURES", false)
                .row("BUDGET_EXECUTION", "period", "2027-Q1", "disclosedOn", "2027-04-19")
                .row("POOR_COMPLAINTS", "code", "PT-2027-01", "receivedOn", "2027-02-03", "recheckedOn", null)
                .row("POOR_COMPLAINTS", "code", "PT-2027-02", "receivedOn", "2027-02-01", "recheckedOn", "2027-02-20")
                .row("COMPLAINTS", "code", "KN-2027-01", "round", 1, "receivedOn", "2027-02-01", "acceptedOn", null,
                        "complex", false, "resolvedOn", null)
                .row("COMPLAINTS", "code", "KN-2026-09", "round", 1, "receivedOn", "2026-12-20", "acceptedOn", "2027-01-20",
                        "complex", false, "resolvedOn", null)
                .row("RECEPTION_PETITIONS", "code", "PA-2027-01", "receivedOn", "2027-02-03", "answeredOn", "2027-02-25")
                .row("PORTAL_QUESTIONS", "code", "CH-2027-01", "receivedOn", "2027-02-01", "answeredOn", null)
                .row("PORTAL_QUESTIONS", "code", "CH-2027-02", "receivedOn", "2027-01-28", "answeredOn", "2027-02-26");
        // The chairman received citizens in January only: February and March weeks are missed.
        s.row("RECEPTION_DAYS", "on", "2027-01-05", "byChairman", true)
                .row("RECEPTION_DAYS", "on", "2027-01-12", "byChairman", true)
                .row("RECEPTION_DAYS", "on", "2027-01-19", "byChairman", false)
                .row("RECEPTION_DAYS", "on", "2027-01-26", "byChairman", true);
        return s;
    }

    private static SubmissionBuilder computedYear2020() {
        return inspectedOn("2021-03-15").period("2021-01-01", "2021-03-14")
                .answer("BUDGET.DRAFT.SENT_ON", "2020-12-10")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", "2020-12-31")
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2020-12-20")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", null)
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", true)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2020-12-01")
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", "2021-01-25")
                .answer("BUDGET.POSTING.AT_HQ", false)
                .answer("BUDGET.POSTING.AT_VILLAGES", false)
                .answer("BUDGET.POSTING.DAYS", 0)
                // Decision 24/2021 not yet in force (2021-07-16): no POOR finding.
                .answer("POOR.MEETING.ATTENDEES", 40)
                .answer("POOR.MEETING.AGREED", 5)
                .answer("POOR.LIST.POSTED_AT_VILLAGE", false)
                .answer("POOR.LIST.POSTED_AT_HQ", true)
                .answer("POOR.LIST.POSTED_FROM", "2021-01-04")
                .answer("POOR.LIST.POSTED_UNTIL", "2021-01-04")
                .answer("POOR.LIST.DECISION_ON", "2021-01-20")
                .row("DENUNCIATIONS", "code", "TC-2020-01", "receivedOn", "2020-12-28", "initialHandledOn", "2021-01-15",
                        "multiSiteCheck", true, "acceptedOn", "2021-01-15", "complexity", "COMPLEX", "extensions", 1,
                        "resolvedOn", "2021-03-10")
                .row("DOSSIERS", "code", "D-2020-01", "procedure", "Đăng ký kết hôn", "landCertificate", false,
                        "receivedOn", "2020-12-20", "dueOn", "2020-12-31", "resultOn", "2021-01-04", "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0);
    }

    private static SubmissionBuilder law136Of2025() {
        SubmissionBuilder s = inspectedOn("2026-10-15").unit(REMOTE_UNIT).period("2026-07-01", "2026-09-30")
                .row("COMPLAINTS", "code", "KN-01", "round", 1, "receivedOn", "2026-06-30", "acceptedOn", "2026-07-20",
                        "complex", true, "resolvedOn", null)
                .row("COMPLAINTS", "code", "KN-02", "round", 1, "receivedOn", "2026-07-01", "acceptedOn", null,
                        "complex", false, "resolvedOn", null)
                .row("COMPLAINTS", "code", "KN-03", "round", 2, "receivedOn", "2026-07-02", "acceptedOn", "2026-07-06",
                        "complex", false, "resolvedOn", "2026-09-30")
                .row("COMPLAINTS", "code", "KN-04", "round", 2, "receivedOn", "2026-07-02", "acceptedOn", "2026-07-06",
                        "complex", true, "resolvedOn", null)
                .row("COMPLAINTS", "code", "KN-05", "round", 1, "receivedOn", "2026-07-02", "acceptedOn", "2026-07-06",
                        "complex", false, "resolvedOn", "2026-09-30")
                .row("DENUNCIATIONS", "code", "TC-01", "receivedOn", "2026-06-29", "initialHandledOn", "2026-07-15",
                        "multiSiteCheck", false, "acceptedOn", "2026-07-15", "complexity", "ESPECIALLY_COMPLEX",
                        "extensions", 3, "resolvedOn", null)
                .row("DENUNCIATIONS", "code", "TC-02", "receivedOn", "2026-07-01", "initialHandledOn", null,
                        "multiSiteCheck", true, "acceptedOn", null, "complexity", "NORMAL", "extensions", 0,
                        "resolvedOn", null)
                .row("DENUNCIATIONS", "code", "TC-03", "receivedOn", "2026-07-02", "initialHandledOn", "2026-07-03",
                        "multiSiteCheck", false, "acceptedOn", "2026-07-03", "complexity", "NORMAL", "extensions", 1,
                        "resolvedOn", "2026-08-10")
                .row("RECEPTION_PETITIONS", "code", "PA-01", "receivedOn", "2026-06-30", "answeredOn", null)
                .row("RECEPTION_PETITIONS", "code", "PA-02", "receivedOn", "2026-07-01", "answeredOn", "2026-07-30")
                .row("RECEPTION_PETITIONS", "code", "PA-03", "receivedOn", "2026-10-01", "answeredOn", null);
        // The chairman received citizens every Tuesday of the period but two (and once on a Sunday).
        for (LocalDate d = LocalDate.parse("2026-06-30"); !d.isAfter(LocalDate.parse("2026-09-30")); d = d.plusWeeks(1)) {
            if (!d.equals(LocalDate.parse("2026-07-21")) && !d.equals(LocalDate.parse("2026-09-01"))) {
                s.row("RECEPTION_DAYS", "on", d.with(DayOfWeek.TUESDAY), "byChairman", true);
            }
        }
        s.row("RECEPTION_DAYS", "on", "2026-09-06", "byChairman", true);
        return s;
    }

    /** The same commune on the last day before Law 10/2022/QH15 and on its first day. */
    private static SubmissionBuilder grassroots2023(String on) {
        return inspectedOn(on).period("2023-01-01", "2023-06-30")
                .answer("BUDGET.DRAFT.SENT_ON", "2023-06-20")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", null)
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2023-05-25")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", null)
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", false)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2023-05-20")
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", "2023-06-29")
                .answer("BUDGET.POSTING.AT_HQ", true)
                .answer("BUDGET.POSTING.AT_VILLAGES", false)
                .answer("BUDGET.POSTING.DAYS", 30)
                .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", null)
                .answer("GDL.TTHC_POSTED_AT_HQ", false)
                .answer("GDL.REGULATION_ADOPTED", false)
                .answer("GDL.DIALOGUE.LAST_HELD_ON", null)
                .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 3)
                .answer("PIB.MEMBERS", 3)
                .answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 1)
                .answer("EGOV.PORTAL_EXISTS", true)
                .answer("EGOV.PORTAL_HAS_DISCLOSURES", false)
                .row("BUDGET_EXECUTION", "period", "2023-Q1", "disclosedOn", "2023-04-10")
                .row("INVESTMENT_PROJECTS", "code", "DA-01", "name", "Đường liên thôn {Đông} – \"Tây\"", "cisbEstablished", false,
                        "cisbMembers", 0)
                .row("INVESTMENT_PROJECTS", "code", "DA-02", "name", "Nhà văn hóa thôn Đoài", "cisbEstablished", true,
                        "cisbMembers", 3)
                .row("INVESTMENT_PROJECTS", "code", "DA-03", "name", "Trường mầm non", "cisbEstablished", true,
                        "cisbMembers", 5)
                .row("PIB_RECOMMENDATIONS", "code", "KNBT-01", "receivedOn", "2023-06-01", "answeredOn", null)
                .row("POOR_COMPLAINTS", "code", "PT-01", "receivedOn", "2023-06-20", "recheckedOn", null)
                .row("DOSSIERS", "code", "D-01", "procedure", "Cấp bản sao trích lục hộ tịch", "landCertificate", false,
                        "receivedOn", "2023-06-20", "dueOn", "2023-06-29", "resultOn", null, "apologyOn", "2023-06-29",
                        "reschedules", 2, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-02", "procedure", "Đăng ký biến động đất đai", "landCertificate", true,
                        "receivedOn", "2023-06-20", "dueOn", on, "resultOn", null, "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0)
                .row("VILLAGE_ELECTIONS", "village", "Thôn Đông", "electionOn", "2023-06-25", "decisionOn", null,
                        "noticeOn", null, "candidatesOn", null, "candidates", 1, "households", 100, "votesForWinner", 40,
                        "recognizedOn", "2023-06-26");
    }

    private static SubmissionBuilder decree118Of2025() {
        return inspectedOn("2025-07-15").period("2025-01-01", "2025-06-30")
                .answer("BUDGET.DRAFT.SENT_ON", "2024-12-09")
                .answer("BUDGET.DRAFT.DISCLOSED_ON", "2024-12-20")
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2024-12-20")
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2025-01-10")
                .answer("BUDGET.ESTIMATE.DECISION_ISSUED", true)
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", "2025-06-10")
                .answer("BUDGET.ACCOUNTS.DISCLOSED_ON", null)
                .answer("BUDGET.POSTING.AT_HQ", true)
                .answer("BUDGET.POSTING.AT_VILLAGES", true)
                .answer("BUDGET.POSTING.DAYS", 45)
                .answer("POOR.MEETING.ATTENDEES", 40)
                .answer("POOR.MEETING.AGREED", 10)
                .answer("POOR.LIST.POSTED_AT_VILLAGE", true)
                .answer("POOR.LIST.POSTED_AT_HQ", false)
                .answer("POOR.LIST.POSTED_FROM", "2025-07-10")
                .answer("POOR.LIST.POSTED_UNTIL", "2025-07-20")
                .answer("POOR.LIST.DECISION_ON", "2025-07-01")
                .answer("GDL.DISCLOSURE_LIST.UPDATED_ON", "2025-03-31")
                .answer("GDL.TTHC_POSTED_AT_HQ", false)
                .answer("GDL.REGULATION_ADOPTED", true)
                .answer("GDL.DIALOGUE.LAST_HELD_ON", "2024-07-14")
                .answer("GDL.VILLAGES_WITHOUT_YEAREND_MEETING", 0)
                .answer("PIB.MEMBERS", 5)
                .answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 2)
                .answer("EGOV.PORTAL_EXISTS", true)
                .answer("EGOV.PORTAL_HAS_DISCLOSURES", true)
                .emptyList("BUDGET_EXECUTION")
                .emptyList("RECEPTION_DAYS")
                .emptyList("PORTAL_QUESTIONS")
                .row("PIB_REPORTS", "period", "2025-Q1", "submittedOn", null)
                .row("PIB_REPORTS", "period", "2025-Q2", "submittedOn", null)
                .row("PIB_RECOMMENDATIONS", "code", "KN-01", "receivedOn", "2025-06-01", "answeredOn", "2025-06-20")
                .row("PIB_RECOMMENDATIONS", "code", "KN-02", "receivedOn", "2025-07-01", "answeredOn", null)
                .row("PIB_RECOMMENDATIONS", "code", "KN-03", "receivedOn", "2025-06-25", "answeredOn", null)
                .row("VILLAGE_ELECTIONS", "village", "Thôn 1", "electionOn", "2025-06-15", "decisionOn", "2025-05-20",
                        "noticeOn", "2025-06-10", "candidatesOn", null, "candidates", 2, "households", 100,
                        "votesForWinner", 50, "recognizedOn", "2025-06-18")
                .row("VILLAGE_ELECTIONS", "village", "Thôn 2", "electionOn", "2025-06-22", "decisionOn", null,
                        "noticeOn", null, "candidatesOn", "2025-06-10", "candidates", 1, "households", 100,
                        "votesForWinner", 60, "recognizedOn", null)
                .row("VILLAGE_ELECTIONS", "village", "Tổ dân phố 3", "electionOn", "2025-06-01", "decisionOn", "2025-05-05",
                        "noticeOn", "2025-05-20", "candidatesOn", "2025-05-10", "candidates", 3, "households", 100,
                        "votesForWinner", 80, "recognizedOn", "2025-06-20")
                .row("DOSSIERS", "code", "D-01", "procedure", "Chứng thực chữ ký", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-06-30", "resultOn", "2025-07-03", "apologyOn", null,
                        "reschedules", 2, "supplementRequests", 3)
                .row("DOSSIERS", "code", "D-02", "procedure", "Chứng thực chữ ký", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-01", "resultOn", "2025-07-03", "apologyOn", "2025-07-01",
                        "reschedules", 1, "supplementRequests", 1)
                .row("DOSSIERS", "code", "D-03", "procedure", "Đăng ký biến động quyền sử dụng đất", "landCertificate", true,
                        "receivedOn", "2025-06-20", "dueOn", "2025-06-30", "resultOn", "2025-07-02", "apologyOn", "2025-06-30",
                        "reschedules", 2, "supplementRequests", 2)
                .row("DOSSIERS", "code", "D-04", "procedure", "Đăng ký biến động quyền sử dụng đất", "landCertificate", true,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-01", "resultOn", null, "apologyOn", "2025-06-30",
                        "reschedules", 0, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-05", "procedure", "Đăng ký biến động quyền sử dụng đất", "landCertificate", true,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-02", "resultOn", null, "apologyOn", "2025-07-03",
                        "reschedules", 0, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-06", "procedure", "Đăng ký khai sinh", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-02", "resultOn", null, "apologyOn", "2025-07-02",
                        "reschedules", 0, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-07", "procedure", "Đăng ký khai sinh", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-02", "resultOn", "2025-07-02", "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-08", "procedure", "Đăng ký khai sinh", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-20", "resultOn", null, "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0)
                .row("DOSSIERS", "code", "D-09", "procedure", "Đăng ký khai sinh", "landCertificate", false,
                        "receivedOn", "2025-06-20", "dueOn", "2025-07-15", "resultOn", null, "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0);
    }

    private static SubmissionBuilder emptyLists() {
        SubmissionBuilder s = inspectedOn("2024-11-20").period("2024-07-01", "2024-09-30");
        for (String record : List.of("BUDGET_EXECUTION", "POOR_COMPLAINTS", "PIB_REPORTS", "PIB_RECOMMENDATIONS",
                "INVESTMENT_PROJECTS", "VILLAGE_ELECTIONS", "DOSSIERS", "COMPLAINTS", "DENUNCIATIONS", "RECEPTION_DAYS",
                "RECEPTION_PETITIONS", "PORTAL_QUESTIONS")) {
            s.emptyList(record);
        }
        return s;
    }

    // ---- helpers ----

    /** Every field of a finding, its facts in order with their value types. */
    private static String describe(Finding f) {
        String facts = f.facts().entrySet().stream()
                .map(e -> e.getKey() + ":" + (e.getValue() == null ? "null" : e.getValue().getClass().getSimpleName())
                        + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return String.join(" | ", f.ruleId(), String.valueOf(f.severity()), String.valueOf(f.repeat()), f.unit(), f.papi(),
                f.leadAgency(), f.subject(), f.message(), f.legalBasis(), String.valueOf(f.legalDeadline()),
                String.valueOf(f.remediationDue()), facts);
    }

    /** The facts that tell the DRL rules (and the missing / late cases) of a rule id apart. */
    private static final Map<String, List<String>> VARIANT_FACTS = Map.ofEntries(
            Map.entry("BUDGET-01", List.of("disclosedOn")), Map.entry("BUDGET-02", List.of("disclosedOn")),
            Map.entry("BUDGET-04", List.of("disclosedOn")), Map.entry("BUDGET-05", List.of("disclosedOn")),
            Map.entry("BUDGET-06", List.of("postingDays", "postedAtVillages")),
            Map.entry("CISB-01", List.of("cisbEstablished")),
            Map.entry("CMP-01", List.of("acceptedOn")), Map.entry("CMP-02", List.of("round", "resolvedOn")),
            Map.entry("DEN-01", List.of("initialHandledOn")), Map.entry("DEN-02", List.of("resolvedOn")),
            Map.entry("EGOV-02", List.of("answeredOn")),
            Map.entry("GDL-01", List.of("updatedOn")), Map.entry("GDL-04", List.of("lastHeldOn")),
            Map.entry("PIB-04", List.of("answeredOn")), Map.entry("POOR-04", List.of("recheckedOn")),
            Map.entry("RECEP-02", List.of("answeredOn")), Map.entry("TTHC-01", List.of("resultOn", "apologyOn")),
            Map.entry("VH-01", List.of("decisionOn")), Map.entry("VH-02", List.of("noticeOn")),
            Map.entry("VH-03", List.of("candidatesOn")), Map.entry("VH-05", List.of("recognizedOn")));

    private static String variant(Finding f) {
        StringBuilder v = new StringBuilder(f.ruleId()).append(' ').append(f.severity());
        for (String key : VARIANT_FACTS.getOrDefault(f.ruleId(), List.of())) {
            Object value = f.facts().get(key);
            String shown = !f.facts().containsKey(key) ? "absent"
                    : value == null ? "null"
                    : value instanceof Boolean || key.equals("round") ? value.toString()
                    : "set";
            v.append(' ').append(key).append('=').append(shown);
        }
        return v.toString();
    }
}
