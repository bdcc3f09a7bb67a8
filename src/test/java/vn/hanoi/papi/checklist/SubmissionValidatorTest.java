package vn.hanoi.papi.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hanoi.papi.support.SubmissionBuilder.inspectedOn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.support.SubmissionBuilder;
import vn.hanoi.papi.support.TestEngine;

class SubmissionValidatorTest {

    private static List<String> items(List<ValidationError> errors) {
        return errors.stream().map(ValidationError::item).toList();
    }

    @Test
    void aCompleteSubmissionIsAcceptedAndTyped() {
        Submission s = TestEngine.get().validator().parse(inspectedOn("2022-09-14").compliantBudget()
                .row("DOSSIERS", "code", "HS-01", "procedure", "Chứng thực bản sao", "landCertificate", false,
                        "receivedOn", "2022-08-01", "dueOn", "2022-09-20", "resultOn", null, "apologyOn", null,
                        "reschedules", 0, "supplementRequests", 0)
                .toJson());
        assertThat(s.content().budget().postingDays()).isEqualTo(30);
        assertThat(s.content().dossiers()).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("DOSSIERS[HS-01]"));
        assertThat(s.content().inspectedSections()).containsExactly("BUDGET", "DOSSIERS");
    }

    @Test
    void everyProblemIsReportedAtOnceEachNamingItsItem() {
        List<ValidationError> errors = inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.POSTING.DAYS", -3)
                .answer("BUDGET.DRAFT.SENT_ON", "14/09/2022")
                .without("BUDGET.POSTING.AT_HQ")
                .answer("BUDGET.POSTNG.DAYS", 30)
                .answer("PIB.MEMBERS", 7)
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder(
                "BUDGET.POSTING.DAYS", "BUDGET.DRAFT.SENT_ON", "BUDGET.POSTING.AT_HQ", "BUDGET.POSTNG.DAYS",
                "PIB.MEMBERS_WHO_ARE_OFFICIALS");
        assertThat(errors).filteredOn(e -> e.item().equals("BUDGET.POSTING.DAYS"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("≥ 0"));
        assertThat(errors).filteredOn(e -> e.item().equals("BUDGET.POSTNG.DAYS"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("không có trong mẫu phiếu"));
    }

    @Test
    void aNonNullableItemPresentAsNullMakesItsSectionPresentAndIsRequired() {
        List<ValidationError> errors = inspectedOn("2022-09-14").answer("PIB.MEMBERS", null).rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder("PIB.MEMBERS", "PIB.MEMBERS_WHO_ARE_OFFICIALS");
    }

    @Test
    void nullableDatesMayBeNullOrAbsent() {
        Submission s = TestEngine.get().validator().parse(inspectedOn("2022-09-14").compliantBudget()
                .without("BUDGET.ACCOUNTS.APPROVED_ON").without("BUDGET.ACCOUNTS.DISCLOSED_ON").toJson());
        assertThat(s.content().budget().accountsApprovedOn()).isNull();
    }

    @Test
    void typesAreStrict() {
        List<ValidationError> errors = inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.POSTING.DAYS", "30")
                .answer("BUDGET.POSTING.AT_HQ", "true")
                .answer("BUDGET.POSTING.AT_VILLAGES", 1)
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2021-02-30")
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder("BUDGET.POSTING.DAYS", "BUDGET.POSTING.AT_HQ",
                "BUDGET.POSTING.AT_VILLAGES", "BUDGET.ESTIMATE.APPROVED_ON");
    }

    @Test
    void datesMayNotBeAfterTheInspectionExceptADossierDueDateAndThePostingEnd() {
        List<ValidationError> errors = inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.ESTIMATE.DISCLOSED_ON", "2022-09-15")
                .compliantPoor().answer("POOR.LIST.POSTED_FROM", "2022-09-12").answer("POOR.LIST.POSTED_UNTIL", "2022-09-16")
                .row("DOSSIERS", "code", "HS-01", "procedure", "Cấp GCN", "landCertificate", true, "receivedOn", "2022-09-01",
                        "dueOn", "2022-10-01", "resultOn", "2022-09-20", "apologyOn", null, "reschedules", 0, "supplementRequests", 0)
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder("BUDGET.ESTIMATE.DISCLOSED_ON", "DOSSIERS[HS-01].resultOn");
        assertThat(errors.get(0).message()).contains("sau ngày kiểm tra");
    }

    @Test
    void thePeriodMustLieBeforeTheInspection() {
        assertThat(items(inspectedOn("2022-09-14").period("2022-09-01", "2022-08-01").rejection())).containsExactly("period.from");
        assertThat(items(inspectedOn("2022-09-14").period("2022-01-01", "2022-09-15").rejection())).containsExactly("period.to");
        assertThat(items(inspectedOn("2022-09-14").set("period", null).rejection())).containsExactly("period");
    }

    @Test
    void theTopLevelIsCheckedToo() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .unit("HN-XA-KHONG-CO").type("RANDOM").set("inspectors", List.of()).set("submissionId", "")
                .set("extra", 1).set("inspectedOn", "2022-9-14").rejection();
        assertThat(items(errors)).contains("unit", "inspectionType", "inspectors", "submissionId", "extra", "inspectedOn");
        assertThat(errors).filteredOn(e -> e.item().equals("unit"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("HN-XA-KHONG-CO", "không có trong danh mục"));
    }

    /** A validator whose today is {@code instant} (a Hà Nội clock). */
    private static SubmissionValidator validatorAt(String instant) {
        return new SubmissionValidator(TestEngine.get().templates(), TestEngine.get()::units,
                Clock.fixed(Instant.parse(instant), Engine.HANOI));
    }

    private static List<ValidationError> rejection(SubmissionValidator validator, SubmissionBuilder submission) {
        return rejection(validator, new String(submission.toJson(), StandardCharsets.UTF_8));
    }

    private static List<ValidationError> rejection(SubmissionValidator validator, String json) {
        return catchThrowableOfType(SubmissionRejectedException.class, () -> validator.parse(json)).errors();
    }

    @Test
    void theInspectionDayIsAPlainDateNeitherAfterTodayInHanoiNorBefore2000() {
        SubmissionValidator validator = validatorAt("2024-03-04T17:30:00Z");        // 00:30 on 05/03/2024 in Hà Nội
        assertThat(validator.parse(inspectedOn("2024-03-05").toJson()).inspectedOn()).isEqualTo("2024-03-05");

        assertThat(rejection(validator, inspectedOn("2024-03-05").set("inspectedOn", "+12024-03-05")))
                .contains(new ValidationError("inspectedOn", "thiếu hoặc sai ngày kiểm tra (YYYY-MM-DD), nhận \"+12024-03-05\""));
        assertThat(items(rejection(validator, inspectedOn("2024-03-05").set("inspectedOn", "-2024-03-05")))).contains("inspectedOn");
        assertThat(rejection(validator, inspectedOn("2024-03-06"))).containsExactly(new ValidationError("inspectedOn",
                "ngày kiểm tra 2024-03-06 sau hôm nay (2024-03-05): không thể ghi một cuộc kiểm tra chưa diễn ra"));
        assertThat(rejection(validator, inspectedOn("1999-12-31"))).containsExactly(new ValidationError("inspectedOn",
                "ngày kiểm tra 1999-12-31 trước ngày 2000-01-01: năm không hợp lý, hãy xem lại"));
        assertThat(validator.parse(inspectedOn("2000-01-01").toJson()).inspectedOn()).isEqualTo("2000-01-01");
    }

    @Test
    void everyDateIsWrittenExactlyYyyyMmDd() {
        List<ValidationError> errors = inspectedOn("2022-09-14").compliantBudget()
                .answer("BUDGET.DRAFT.SENT_ON", "+2021-12-10")
                .answer("BUDGET.ESTIMATE.APPROVED_ON", "2021-12-28T00:00")
                .answer("BUDGET.ACCOUNTS.APPROVED_ON", "２０２２-01-15")
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder("BUDGET.DRAFT.SENT_ON", "BUDGET.ESTIMATE.APPROVED_ON",
                "BUDGET.ACCOUNTS.APPROVED_ON");
    }

    private static Object[] dossier(String code, String procedure) {
        return new Object[] {"code", code, "procedure", procedure, "landCertificate", false, "receivedOn", "2022-08-01",
                "dueOn", "2022-08-03", "resultOn", null, "apologyOn", null, "reschedules", 0, "supplementRequests", 0};
    }

    @Test
    void textsHaveAMaximumLength() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .row("DOSSIERS", dossier("HS-" + "9".repeat(200_000), "Chứng thực bản sao"))
                .row("DOSSIERS", dossier("HS-02", "x".repeat(500_001)))
                .row("DOSSIERS", dossier("H".repeat(100), "x".repeat(500)))                  // both exactly at their limit
                .set("inspectors", List.of("tran.van.a", "b".repeat(101)))
                .rejection();
        assertThat(errors).containsExactlyInAnyOrder(
                new ValidationError("DOSSIERS[#1].code", "dài 200003 ký tự, quá mức tối đa 100 ký tự"),
                new ValidationError("DOSSIERS[HS-02].procedure", "dài 500001 ký tự, quá mức tối đa 500 ký tự"),
                new ValidationError("inspectors[1]", "dài 101 ký tự, quá mức tối đa 100 ký tự"));
    }

    @Test
    void aMessageRepeatsOnlyTheBeginningOfALongBadValueOrName() {
        String huge = "x".repeat(40_000);
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .set("submissionId", huge).set("unit", huge).set("inspectionType", huge).set("inspectedOn", huge)
                .set(huge, 1).answer("BUDGET." + huge, 1).row(huge, "code", "HS-01").row("DOSSIERS", huge, 1)
                .rejection();
        assertThat(errors).hasSize(15).allSatisfy(e -> assertThat(e.item().length() + e.message().length()).isLessThan(200));
        assertThat(items(inspectedOn("2022-09-14").set("template", huge).rejection())).containsExactly("template");
        assertThat(errors).contains(new ValidationError("submissionId",
                "mã phiếu phải gồm 1–100 ký tự chữ, số, '.', '_' hoặc '-' (nhận \"" + "x".repeat(39) + "…)"));
        assertThat(inspectedOn("2022-09-14").row("COMPLAINTS", "code", "KN-01", "round", 1, "receivedOn", huge,
                "complex", huge.length() > 0, "resolvedOn", null).rejection())
                .containsExactly(new ValidationError("COMPLAINTS[KN-01].receivedOn",
                        "phải là ngày dạng YYYY-MM-DD (nhận \"" + "x".repeat(39) + "…)"));
    }

    /** Numbers as written in the JSON text (a builder would write them its own way). */
    @Test
    void integerFieldsRefuseNumbersWithAFractionOrAnExponent() {
        String json = new String(inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 77_777)
                .row("DOSSIERS", dossier("HS-01", "Chứng thực bản sao")).toJson(), StandardCharsets.UTF_8);
        for (String number : List.of("1e2", "1E2", "2.0", "1.5", "30e0", "1e400")) {
            String edited = json.replace("77777", number).replace("\"reschedules\":0", "\"reschedules\":" + number);
            List<ValidationError> errors = rejection(TestEngine.get().validator(), edited);
            assertThat(items(errors)).as(number).containsExactlyInAnyOrder("BUDGET.POSTING.DAYS", "DOSSIERS[HS-01].reschedules");
            assertThat(items(rejection(TestEngine.get().validator(), json.replace("\"templateVersion\":1", "\"templateVersion\":" + number))))
                    .as(number).containsExactly("templateVersion");
            assertThat(errors).filteredOn(e -> e.item().equals("BUDGET.POSTING.DAYS")).singleElement()
                    .satisfies(e -> assertThat(e.message()).startsWith("phải là số nguyên, không có phần thập phân hay số mũ (nhận "));
        }
        assertThat(inspectedOn("2022-09-14").compliantBudget().answer("BUDGET.POSTING.DAYS", 2.5).rejection()).containsExactly(
                new ValidationError("BUDGET.POSTING.DAYS", "phải là số nguyên, không có phần thập phân hay số mũ (nhận 2.5)"));
    }

    @Test
    void theCommuneTemplateIsNotForADepartment() {
        assertThat(items(inspectedOn("2022-09-14").unit("SO-NOI-VU").rejection())).containsExactly("unit");
    }

    @Test
    void anUnknownTemplateOrVersionIsRejected() {
        assertThat(items(inspectedOn("2022-09-14").set("templateVersion", 9).rejection())).containsExactly("template");
    }

    @Test
    void recordListsAreCheckedRowByRowWithTheKeyInTheItemName() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .row("COMPLAINTS", "code", "KN-01", "round", 3, "receivedOn", "2022-05-01", "complex", false, "resolvedOn", null, "note", "x")
                .row("DENUNCIATIONS", "code", "TC-01", "receivedOn", "2022-05-01", "multiSiteCheck", false,
                        "complexity", "HARD", "extensions", 0)
                .row("DENUNCIATIONS", "receivedOn", "2022-05-01", "multiSiteCheck", false, "complexity", "NORMAL", "extensions", 0)
                .row("BUDGET_EXECUTION", "period", "2022-Q5")
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder(
                "COMPLAINTS[KN-01].round", "COMPLAINTS[KN-01].note",
                "DENUNCIATIONS[TC-01].complexity", "DENUNCIATIONS[#2].code",
                "BUDGET_EXECUTION[2022-Q5].period");
    }

    @Test
    void twoRowsWithTheSameKeyAreRejected() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .row("PORTAL_QUESTIONS", "code", "Q-1", "receivedOn", "2022-05-01")
                .row("PORTAL_QUESTIONS", "code", "Q-1", "receivedOn", "2022-05-02")
                .rejection();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.item()).isEqualTo("PORTAL_QUESTIONS[Q-1]");
            assertThat(e.message()).contains("trùng khóa", "Q-1");
        });
    }

    @Test
    void aRecordListGivenAsNullIsRejectedAndAnEmptyOneIsFine() {
        java.util.Map<String, Object> records = new java.util.HashMap<>();
        records.put("DOSSIERS", null);
        List<ValidationError> errors = inspectedOn("2022-09-14").set("records", records).rejection();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo("DOSSIERS"));
        Submission ok = TestEngine.get().validator().parse(inspectedOn("2022-09-14").emptyList("RECEPTION_DAYS").toJson());
        assertThat(ok.content().receptionDays()).isEmpty();
    }

    @Test
    void impossibleCombinationsAreRejected() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .compliantPoor().answer("POOR.MEETING.AGREED", 41)
                .answer("PIB.MEMBERS", 5).answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 6)
                .row("DOSSIERS", "code", "HS-01", "procedure", "Cấp GCN", "landCertificate", true, "receivedOn", "2022-09-01",
                        "dueOn", "2022-08-01", "resultOn", null, "apologyOn", null, "reschedules", 0, "supplementRequests", 0)
                .rejection();
        assertThat(items(errors)).containsExactlyInAnyOrder("POOR.MEETING.AGREED", "PIB.MEMBERS_WHO_ARE_OFFICIALS",
                "DOSSIERS[HS-01].dueOn");
    }

    @Test
    void aBadValueIsReportedOnceNotAgainThroughTheItemsLinkedToIt() {
        List<ValidationError> errors = inspectedOn("2022-09-14")
                .answer("PIB.MEMBERS", -1).answer("PIB.MEMBERS_WHO_ARE_OFFICIALS", 0).rejection();
        assertThat(items(errors)).containsExactly("PIB.MEMBERS");
    }

    @Test
    void malformedJsonAndDuplicateKeysNameTheLine() {
        assertThatThrownBy(() -> TestEngine.get().validator().parse("{\"a\": 1,\n \"a\": 2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SubmissionRejectedException.class)
                .satisfies(e -> assertThat(((SubmissionRejectedException) e).errors().get(0).message()).contains("dòng 2"));
        assertThatThrownBy(() -> TestEngine.get().validator().parse("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SubmissionRejectedException.class);
    }

    /** The one error of a document that cannot be read: its item is (JSON). */
    private static String unreadable(byte[] json) {
        List<ValidationError> errors = catchThrowableOfType(SubmissionRejectedException.class,
                () -> TestEngine.get().validator().parse(json)).errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo("(JSON)"));
        return errors.get(0).message();
    }

    private static String unreadable(String json) {
        return unreadable(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonThatCannotBeReadIsExplainedInVietnameseWithItsLineAndColumn() {
        assertThat(unreadable("{\"submissionId\": \"abc\", ")).isEqualTo("không đọc được JSON (dòng 1, cột 25): hết nội dung "
                + "khi tài liệu JSON chưa kết thúc: thiếu phần sau hoặc dấu '}' hay ']' đóng");
        assertThat(unreadable("{\"unit\": \"a\",\n \"unit\": \"b\"}"))
                .isEqualTo("không đọc được JSON (dòng 2, cột 8): trường \"unit\" xuất hiện hai lần trong cùng một đối tượng");
        assertThat(unreadable("[".repeat(60))).isEqualTo("không đọc được JSON: JSON lồng nhau quá sâu: quá 50 tầng đối tượng và mảng");
        assertThat(unreadable("{\"a\": tru}")).isEqualTo("không đọc được JSON (dòng 1, cột 7): 'tru' không phải giá trị JSON "
                + "hợp lệ; cần chuỗi trong dấu ngoặc kép, số, đối tượng, mảng, true, false hoặc null");
        assertThat(unreadable("{\"a\" 1}")).isEqualTo("không đọc được JSON (dòng 1, cột 6): ký tự không mong đợi '1'; "
                + "cần dấu ':' giữa tên trường và giá trị");
        assertThat(unreadable("{\"a\": 1 \"b\": 2}")).endsWith("ký tự không mong đợi '\"'; cần dấu ',' giữa các trường hoặc '}' đóng đối tượng");
        assertThat(unreadable("{\"a\": [1}")).endsWith("gặp dấu đóng '}' trong khi cần ']'");
        assertThat(unreadable("{\"a\": 01}")).endsWith("số không hợp lệ: không được viết số 0 ở đầu");
        assertThat(unreadable("{\"a\": -}")).endsWith("số không hợp lệ");
        assertThat(unreadable("{\"a\": \"b\nc\"}")).endsWith("chuỗi chứa ký tự điều khiển (xuống dòng, tab…) chưa viết dạng thoát như \\n, \\t");
        assertThat(unreadable("{\"a\": \"\\q\"}")).endsWith("chuỗi có dãy thoát không hợp lệ \\q");
        assertThat(unreadable("{\"a\": \"b")).endsWith("hết nội dung giữa một chuỗi: thiếu dấu \" đóng chuỗi");
        assertThat(unreadable("{} []")).endsWith("còn nội dung thừa sau khi tài liệu JSON đã kết thúc");
        assertThat(unreadable("{\"" + "x".repeat(60_000) + "\": 1}")).isEqualTo("không đọc được JSON: tên trường quá dài");
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedAndTextNotInUtf8IsRefused() {
        byte[] json = inspectedOn("2022-09-14").compliantBudget().toJson();
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(TestEngine.get().validator().parse(withBom).content().budget().postingDays()).isEqualTo(30);
        assertThat(SubmissionValidator.text(withBom)).isEqualTo(new String(json, StandardCharsets.UTF_8));

        String text = new String(json, StandardCharsets.UTF_8);
        String wide = "nội dung phải là JSON mã hóa UTF-8 (RFC 8259); nội dung nhận được có vẻ mã hóa UTF-16 hoặc UTF-32";
        assertThat(unreadable(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(wide);       // with its byte-order mark
        assertThat(unreadable(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(wide);     // without
        byte[] latin1 = "{\n\"a\": \"H\u00F9ng\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unreadable(latin1)).isEqualTo("nội dung phải là JSON mã hóa UTF-8 (RFC 8259); byte thứ 10 (dòng 2) "
                + "không hợp lệ trong UTF-8");
    }

    @Test
    void theBuilderDefaultsAreValid() {
        SubmissionBuilder everything = inspectedOn("2024-10-15").compliantBudget().compliantPoor().compliantGdl()
                .compliantPib().compliantEgov();
        assertThat(TestEngine.get().validator().parse(everything.toJson()).content().notInspectedSections())
                .doesNotContain("BUDGET", "POOR", "GDL", "PIB", "EGOV");
    }
}
