package vn.hanoi.papi.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hanoi.papi.calendar.IsoWeek;
import vn.hanoi.papi.calendar.Quarter;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.checklist.content.BudgetAnswers;
import vn.hanoi.papi.checklist.content.BudgetExecution;
import vn.hanoi.papi.checklist.content.Complaint;
import vn.hanoi.papi.checklist.content.Complexity;
import vn.hanoi.papi.checklist.content.Denunciation;
import vn.hanoi.papi.checklist.content.Dossier;
import vn.hanoi.papi.checklist.content.EgovAnswers;
import vn.hanoi.papi.checklist.content.GdlAnswers;
import vn.hanoi.papi.checklist.content.InvestmentProject;
import vn.hanoi.papi.checklist.content.PibAnswers;
import vn.hanoi.papi.checklist.content.PibRecommendation;
import vn.hanoi.papi.checklist.content.PibReport;
import vn.hanoi.papi.checklist.content.PoorAnswers;
import vn.hanoi.papi.checklist.content.PoorComplaint;
import vn.hanoi.papi.checklist.content.PortalQuestion;
import vn.hanoi.papi.checklist.content.ReceptionDay;
import vn.hanoi.papi.checklist.content.ReceptionPetition;
import vn.hanoi.papi.checklist.content.SubmissionContent;
import vn.hanoi.papi.checklist.content.VillageElection;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.rules.Deadline;
import vn.hanoi.papi.rules.Deadlines;
import vn.hanoi.papi.rules.Evaluator;
import vn.hanoi.papi.rules.FindingCollector;
import vn.hanoi.papi.rules.Inspection;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.units.Unit;

/**
 * The benchmark's plain-Java baseline: the rules of {@code rules/*.drl} hand-coded as loops and if/else, one
 * method per catalog id, on the production deadline arithmetic ({@link Deadlines}, {@link WorkingDayCalendar})
 * and the production finding building ({@link FindingCollector}, {@code FindingBuilder}). Each finding is raised
 * under the DRL rule's own name, so that its metadata (id, PAPI code, lead agency, legal basis, period of force)
 * comes from the loaded rule base, never from here. The result equals {@code Evaluator.evaluate(...).findings()}
 * (checked by {@code PlainJavaRulesTest}).
 */
public final class PlainJavaRules {

    // The DRL rule names, whose metadata the findings take.
    static final String BUDGET_01 = "BUDGET-01 Công khai dự toán trình HĐND xã trong 5 ngày làm việc";
    static final String BUDGET_02 = "BUDGET-02 Công khai dự toán đã được phê chuẩn trong 30 ngày";
    static final String BUDGET_03 = "BUDGET-03 Công khai dự toán phải có quyết định công bố (mẫu 04/QĐ-CKNS)";
    static final String BUDGET_04_LATE = "BUDGET-04 Công khai thực hiện dự toán quý trong 15 ngày (công khai muộn)";
    static final String BUDGET_04_MISSING = "BUDGET-04 Công khai thực hiện dự toán quý trong 15 ngày (chưa công khai)";
    static final String BUDGET_05 = "BUDGET-05 Công khai quyết toán trong 30 ngày";
    static final String BUDGET_06_HQ = "BUDGET-06 Niêm yết ngân sách tại trụ sở UBND xã";
    static final String BUDGET_06_DAYS = "BUDGET-06 Niêm yết ngân sách đủ 30 ngày";
    static final String BUDGET_06_VILLAGES = "BUDGET-06 Niêm yết ngân sách tại nhà văn hóa thôn, tổ dân phố";
    static final String POOR_01 = "POOR-01 Niêm yết danh sách hộ nghèo tại cả nhà văn hóa thôn và trụ sở UBND xã";
    static final String POOR_02 = "POOR-02 Niêm yết danh sách hộ nghèo đủ 03 ngày làm việc";
    static final String POOR_03 = "POOR-03 Chỉ công nhận danh sách hộ nghèo khi họp dân bình xét có từ 50% người dự họp nhất trí";
    static final String POOR_04 = "POOR-04 Phúc tra kết quả rà soát hộ nghèo bị khiếu nại trong 07 ngày làm việc";
    static final String POOR_05 = "POOR-05 Quyết định công nhận danh sách hộ nghèo trong 15 ngày làm việc sau khi hết niêm yết";
    static final String GDL_01_NEVER = "GDL-01 Cập nhật danh mục thông tin đã công khai hằng quý (chưa cập nhật)";
    static final String GDL_01_STALE = "GDL-01 Cập nhật danh mục thông tin đã công khai hằng quý (cập nhật quá lâu)";
    static final String GDL_02 = "GDL-02 Niêm yết thường xuyên thủ tục hành chính tại trụ sở UBND xã";
    static final String GDL_03 = "GDL-03 Ban hành quy chế thực hiện dân chủ ở xã";
    static final String GDL_04_NEVER = "GDL-04 Tổ chức hội nghị đối thoại với Nhân dân ít nhất mỗi năm một lần (chưa tổ chức)";
    static final String GDL_04_STALE = "GDL-04 Tổ chức hội nghị đối thoại với Nhân dân ít nhất mỗi năm một lần (quá một năm)";
    static final String GDL_05 = "GDL-05 Thôn, tổ dân phố họp cộng đồng dân cư định kỳ cuối năm";
    static final String PIB_01 = "PIB-01 Ban thanh tra nhân dân có ít nhất 5 thành viên";
    static final String PIB_02 = "PIB-02 Thành viên Ban thanh tra nhân dân không là cán bộ, công chức";
    static final String PIB_03 = "PIB-03 Ban thanh tra nhân dân báo cáo hằng quý với Ủy ban MTTQ xã";
    static final String PIB_04 = "PIB-04 UBND xã trả lời kiến nghị của Ban thanh tra nhân dân trong 15 ngày";
    static final String CISB_01_NONE = "CISB-01 Thành lập Ban giám sát đầu tư của cộng đồng cho công trình, dự án";
    static final String CISB_01_SMALL = "CISB-01 Ban giám sát đầu tư của cộng đồng có ít nhất 5 thành viên";
    static final String VH_01 = "VH-01 Quyết định tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố chậm nhất 20 ngày trước ngày bầu cử";
    static final String VH_02 = "VH-02 Niêm yết, thông báo công khai việc bầu cử chậm nhất 7 ngày trước ngày bầu cử";
    static final String VH_03 = "VH-03 Giới thiệu người ứng cử trưởng thôn, tổ trưởng tổ dân phố chậm nhất 15 ngày trước ngày bầu cử";
    static final String VH_04 = "VH-04 Chỉ công nhận người trúng cử được quá nửa số hộ gia đình trong thôn, tổ dân phố tán thành";
    static final String VH_05 = "VH-05 Công nhận kết quả bầu cử trưởng thôn, tổ trưởng tổ dân phố trong 5 ngày làm việc";
    static final String VH_06 = "VH-06 Khuyến nghị giới thiệu nhiều hơn một người ứng cử trưởng thôn, tổ trưởng tổ dân phố";
    static final String TTHC_01 = "TTHC-01 Hồ sơ quá hạn phải có phiếu xin lỗi, hẹn lại chậm nhất 1 ngày trước ngày hẹn trả";
    static final String TTHC_02 = "TTHC-02 Chỉ được hẹn lại ngày trả kết quả một lần";
    static final String TTHC_03 = "TTHC-03 Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần, nêu đầy đủ nội dung";
    static final String TTHC_04 = "TTHC-04 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn không thấp hơn mức quy định";
    static final String CMP_01 = "CMP-01 Thụ lý đơn khiếu nại trong 10 ngày làm việc kể từ ngày nhận đơn";
    static final String CMP_02_ROUND1 = "CMP-02 Giải quyết khiếu nại lần đầu trong 30 ngày (phức tạp, vùng sâu vùng xa: 45 ngày; vùng sâu vùng xa và phức tạp: 60 ngày)";
    static final String CMP_02_ROUND2 = "CMP-02 Giải quyết khiếu nại lần hai trong 45 ngày (phức tạp, vùng sâu vùng xa: 60 ngày; vùng sâu vùng xa và phức tạp: 70 ngày)";
    static final String DEN_01 = "DEN-01 Xử lý ban đầu đơn tố cáo trong 7 ngày làm việc (10 ngày làm việc nếu phải kiểm tra, xác minh tại nhiều địa điểm)";
    static final String DEN_02 = "DEN-02 Giải quyết tố cáo trong 30 ngày kể từ ngày thụ lý, cộng thời gian gia hạn được phép";
    static final String DEN_03 = "DEN-03 Không gia hạn giải quyết tố cáo quá số lần luật cho phép";
    static final String RECEP_01 = "RECEP-01 Chủ tịch UBND xã trực tiếp tiếp công dân ít nhất 1 ngày mỗi tuần";
    static final String RECEP_02 = "RECEP-02 Trả lời người đến kiến nghị, phản ánh tại buổi tiếp công dân trong 10 ngày làm việc";
    static final String EGOV_01_NO_PORTAL = "EGOV-01 Xã có cổng/trang thông tin điện tử (khuyến nghị PAPI 8.1)";
    static final String EGOV_01_DISCLOSURES = "EGOV-01 Cổng/trang thông tin điện tử của xã đăng đủ nội dung phải công khai";
    static final String EGOV_02 = "EGOV-02 Trả lời câu hỏi của người dân trên cổng thông tin điện tử trong 10 ngày làm việc (khuyến nghị PAPI 8.3)";

    /** Every DRL rule this baseline implements. */
    static final List<String> RULE_NAMES = List.of(
            BUDGET_01, BUDGET_02, BUDGET_03, BUDGET_04_LATE, BUDGET_04_MISSING, BUDGET_05, BUDGET_06_HQ,
            BUDGET_06_DAYS, BUDGET_06_VILLAGES, POOR_01, POOR_02, POOR_03, POOR_04, POOR_05, GDL_01_NEVER,
            GDL_01_STALE, GDL_02, GDL_03, GDL_04_NEVER, GDL_04_STALE, GDL_05, PIB_01, PIB_02, PIB_03, PIB_04,
            CISB_01_NONE, CISB_01_SMALL, VH_01, VH_02, VH_03, VH_04, VH_05, VH_06, TTHC_01, TTHC_02, TTHC_03,
            TTHC_04, CMP_01, CMP_02_ROUND1, CMP_02_ROUND2, DEN_01, DEN_02, DEN_03, RECEP_01,
            RECEP_02, EGOV_01_NO_PORTAL, EGOV_01_DISCLOSURES, EGOV_02);

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RuleBase rules;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;

    public PlainJavaRules(RuleBase rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        this.deadlines = new Deadlines(calendar);
    }

    /** The findings of a validated submission of {@code unit}, in {@link Evaluator#ORDER}. */
    public List<Finding> evaluate(Submission submission, Unit unit) {
        Inspection inspection = Inspection.of(submission, unit);
        FindingCollector out = new FindingCollector(rules.metadata(), rules.settings(), inspection, calendar);
        new Run(inspection, out, submission.content()).all();
        List<Finding> findings = new ArrayList<>(out.findings());
        findings.sort(Evaluator.ORDER);
        return findings;
    }

    /** One evaluation: the inspection, where findings go, and the answers. */
    private final class Run {

        private final Inspection inspection;
        private final LocalDate asOf;
        private final FindingCollector out;
        private final SubmissionContent content;

        Run(Inspection inspection, FindingCollector out, SubmissionContent content) {
            this.inspection = inspection;
            this.asOf = inspection.asOf();
            this.out = out;
            this.content = content;
        }

        void all() {
            BudgetAnswers budget = content.budget();
            if (budget != null) {
                budget01(budget);
                budget02(budget);
                budget03(budget);
                budget05(budget);
                budget06(budget);
            }
            if (content.budgetExecution() != null) {
                budget04(content.budgetExecution());
            }
            PoorAnswers poor = content.poor();
            if (poor != null) {
                poor01(poor);
                poor02(poor);
                poor03(poor);
                poor05(poor);
            }
            if (content.poorComplaints() != null) {
                poor04(content.poorComplaints());
            }
            GdlAnswers gdl = content.gdl();
            if (gdl != null) {
                gdl01(gdl);
                gdl02(gdl);
                gdl03(gdl);
                gdl04(gdl);
                gdl05(gdl);
            }
            PibAnswers pib = content.pib();
            if (pib != null) {
                pib01(pib);
                pib02(pib);
            }
            if (content.pibReports() != null) {
                pib03(content.pibReports());
            }
            if (content.pibRecommendations() != null) {
                pib04(content.pibRecommendations());
            }
            if (content.investmentProjects() != null) {
                cisb01(content.investmentProjects());
            }
            if (content.villageElections() != null) {
                for (VillageElection row : content.villageElections()) {
                    vh01(row);
                    vh02(row);
                    vh03(row);
                    vh04(row);
                    vh05(row);
                    vh06(row);
                }
            }
            if (content.dossiers() != null) {
                tthc(content.dossiers());
            }
            if (content.complaints() != null) {
                for (Complaint row : content.complaints()) {
                    cmp01(row);
                    cmp02(row);
                }
            }
            if (content.denunciations() != null) {
                for (Denunciation row : content.denunciations()) {
                    den01(row);
                    den02(row);
                    den03(row);
                }
            }
            if (content.receptionDays() != null) {
                recep01(content.receptionDays());
            }
            if (content.receptionPetitions() != null) {
                recep02(content.receptionPetitions());
            }
            EgovAnswers egov = content.egov();
            if (egov != null) {
                egov01(egov);
            }
            if (content.portalQuestions() != null) {
                egov02(content.portalQuestions());
            }
        }

        // ---- Budget disclosure (PAPI 2.3) ----

        void budget01(BudgetAnswers b) {
            Deadline d = deadlines.workingDays(b.draftSentOn(), 5, b.draftDisclosedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(BUDGET_01, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject("BUDGET.DRAFT").deadline(d).judgedOn(d.due())
                    .fact("sentOn", b.draftSentOn()).fact("disclosedOn", b.draftDisclosedOn())
                    .message("Chưa công khai dự toán ngân sách xã trình HĐND xã (gửi HĐND ngày {sentOn}, hạn công khai {due}).")
                    .lateMessage("Công khai dự toán ngân sách xã trình HĐND xã chậm {daysLate} ngày (công khai ngày {done}, hạn {due}).")
                    .emit();
        }

        void budget02(BudgetAnswers b) {
            Deadline d = deadlines.calendarDays(b.estimateApprovedOn(), 30, b.estimateDisclosedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(BUDGET_02, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject("BUDGET.ESTIMATE").deadline(d).judgedOn(d.due())
                    .fact("approvedOn", b.estimateApprovedOn()).fact("disclosedOn", b.estimateDisclosedOn())
                    .message("Chưa công khai dự toán ngân sách đã được HĐND xã phê chuẩn (hạn {due}).")
                    .lateMessage("Công khai dự toán ngân sách đã được HĐND xã phê chuẩn chậm {daysLate} ngày (công khai ngày {done}, hạn {due}).")
                    .emit();
        }

        void budget03(BudgetAnswers b) {
            if (b.estimateDisclosedOn() == null || b.estimateDecisionIssued()) {
                return;
            }
            out.raise(BUDGET_03, Severity.MINOR)
                    .subject("BUDGET.ESTIMATE").judgedOn(b.estimateDisclosedOn())
                    .fact("disclosedOn", b.estimateDisclosedOn()).fact("decisionIssued", false)
                    .message("Đã công khai dự toán ngày {disclosedOn} nhưng không ban hành quyết định công bố công khai theo mẫu số 04/QĐ-CKNS.")
                    .emit();
        }

        /** Per quarter ending inside the inspection period: the quarter's execution disclosed within CD 15. */
        void budget04(List<BudgetExecution> rows) {
            Map<Quarter, BudgetExecution> disclosed = new HashMap<>();
            for (BudgetExecution row : rows) {
                if (row.disclosedOn() != null) {
                    disclosed.put(row.period(), row);
                }
            }
            for (Quarter q : calendar.quartersEndingWithin(inspection.periodFrom(), inspection.periodTo())) {
                BudgetExecution row = disclosed.get(q);
                if (row != null) {
                    Deadline d = deadlines.calendarDays(q.lastDay(), 15, row.disclosedOn(), asOf);
                    if (d.isBreached()) {
                        out.raise(BUDGET_04_LATE, Severity.MINOR)
                                .subject(row).deadline(d).judgedOn(d.due())
                                .fact("quarter", q.toString()).fact("quarterEnd", q.lastDay()).fact("disclosedOn", row.disclosedOn())
                                .message("Công khai tình hình thực hiện dự toán ngân sách " + q.displayName() + " chậm {daysLate} ngày (công khai ngày {disclosedOn}, hạn {due}).")
                                .emit();
                    }
                } else {
                    Deadline d = deadlines.calendarDays(q.lastDay(), 15, null, asOf);
                    if (d.isBreached()) {
                        out.raise(BUDGET_04_MISSING, Severity.MAJOR)
                                .subject("BUDGET_EXECUTION[" + q + "]").deadline(d).judgedOn(d.due())
                                .fact("quarter", q.toString()).fact("quarterEnd", q.lastDay()).fact("disclosedOn", null)
                                .message("Chưa công khai tình hình thực hiện dự toán ngân sách " + q.displayName() + " (hạn {due}).")
                                .emit();
                    }
                }
            }
        }

        void budget05(BudgetAnswers b) {
            if (b.accountsApprovedOn() == null) {
                return;
            }
            Deadline d = deadlines.calendarDays(b.accountsApprovedOn(), 30, b.accountsDisclosedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(BUDGET_05, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject("BUDGET.ACCOUNTS").deadline(d).judgedOn(d.due())
                    .fact("approvedOn", b.accountsApprovedOn()).fact("disclosedOn", b.accountsDisclosedOn())
                    .message("Chưa công khai quyết toán ngân sách xã đã được HĐND xã phê chuẩn ngày {approvedOn} (hạn {due}).")
                    .lateMessage("Công khai quyết toán ngân sách xã chậm {daysLate} ngày (công khai ngày {done}, hạn {due}).")
                    .emit();
        }

        /** At most one finding: not at the office, else too few days, else not at the villages. */
        void budget06(BudgetAnswers b) {
            if (!b.postedAtHq()) {
                out.raise(BUDGET_06_HQ, Severity.MAJOR)
                        .subject("BUDGET.POSTING").fact("postedAtHq", false)
                        .message("Không niêm yết công khai ngân sách tại trụ sở UBND xã.")
                        .emit();
            } else if (b.postingDays() < 30) {
                out.raise(BUDGET_06_DAYS, Severity.MINOR)
                        .subject("BUDGET.POSTING").fact("postedAtHq", true).fact("postingDays", b.postingDays())
                        .message("Thời gian niêm yết công khai ngân sách chỉ {postingDays} ngày, chưa đủ 30 ngày.")
                        .emit();
            } else if (!b.postedAtVillages()) {
                out.raise(BUDGET_06_VILLAGES, Severity.MINOR)
                        .subject("BUDGET.POSTING").fact("postedAtHq", true).fact("postingDays", b.postingDays())
                        .fact("postedAtVillages", false)
                        .message("Chưa niêm yết công khai ngân sách tại nhà văn hóa thôn, tổ dân phố.")
                        .emit();
            }
        }

        // ---- Poor-household list (PAPI 2.2) ----

        void poor01(PoorAnswers p) {
            boolean atVillage = p.postedAtVillage();
            boolean atHq = p.postedAtHq();
            if (atVillage && atHq) {
                return;
            }
            String where;
            if (!atVillage && !atHq) {
                where = "cả nhà văn hóa thôn và trụ sở UBND xã";
            } else {
                where = atVillage ? "trụ sở UBND xã" : "nhà văn hóa (nhà sinh hoạt cộng đồng) thôn";
            }
            out.raise(POOR_01, Severity.MAJOR)
                    .subject("POOR.LIST")
                    .fact("postedAtVillage", atVillage).fact("postedAtHq", atHq)
                    .message("Chưa niêm yết công khai danh sách hộ nghèo, hộ cận nghèo sau rà soát tại " + where
                            + "; danh sách phải được niêm yết ở cả nhà văn hóa thôn và trụ sở UBND xã.")
                    .emit();
        }

        void poor02(PoorAnswers p) {
            LocalDate from = p.postedFrom();
            LocalDate until = p.postedUntil();
            if (from == null || until == null) {
                return;
            }
            int days = calendar.workingDaysInclusive(from, until);
            if (days >= 3) {
                return;
            }
            out.raise(POOR_02, Severity.MINOR)
                    .subject("POOR.LIST").calendarSpan(from, until)
                    .fact("postedFrom", from).fact("postedUntil", until).fact("workingDays", days)
                    .message("Danh sách hộ nghèo, hộ cận nghèo chỉ được niêm yết {workingDays} ngày làm việc (từ {postedFrom} đến {postedUntil}), chưa đủ 03 ngày làm việc.")
                    .emit();
        }

        void poor03(PoorAnswers p) {
            if (p.meetingAgreed() * 2 >= p.meetingAttendees() || p.decisionOn() == null) {
                return;
            }
            out.raise(POOR_03, Severity.CRITICAL)
                    .subject("POOR.MEETING")
                    .fact("attendees", p.meetingAttendees()).fact("agreed", p.meetingAgreed()).fact("decisionOn", p.decisionOn())
                    .message("Chủ tịch UBND xã đã quyết định công nhận danh sách hộ nghèo, hộ cận nghèo ngày {decisionOn} trong khi cuộc họp dân bình xét chỉ có {agreed}/{attendees} người dự họp nhất trí, dưới 50%; phải rà soát và họp dân lại trước khi công nhận.")
                    .emit();
        }

        void poor04(List<PoorComplaint> rows) {
            for (PoorComplaint row : rows) {
                Deadline d = deadlines.workingDays(row.receivedOn(), 7, row.recheckedOn(), asOf);
                if (!d.isBreached()) {
                    continue;
                }
                out.raise(POOR_04, d.severity(Severity.MAJOR, Severity.MINOR))
                        .subject(row).deadline(d)
                        .fact("receivedOn", row.receivedOn()).fact("recheckedOn", row.recheckedOn())
                        .message("Chưa phúc tra kết quả rà soát hộ nghèo, hộ cận nghèo theo khiếu nại nhận ngày {receivedOn} (hạn phúc tra {due}, 07 ngày làm việc).")
                        .lateMessage("Phúc tra kết quả rà soát hộ nghèo, hộ cận nghèo theo khiếu nại nhận ngày {receivedOn} chậm {daysLate} ngày (phúc tra xong ngày {done}, hạn {due}).")
                        .emit();
            }
        }

        void poor05(PoorAnswers p) {
            if (p.decisionOn() != null || p.postedUntil() == null) {
                return;
            }
            Deadline d = deadlines.workingDays(p.postedUntil(), 15, null, asOf);
            if (!d.isMissing()) {
                return;
            }
            out.raise(POOR_05, Severity.MINOR)
                    .subject("POOR.LIST").deadline(d)
                    .fact("postedUntil", p.postedUntil()).fact("decisionOn", null)
                    .message("Đã hết thời gian niêm yết danh sách hộ nghèo, hộ cận nghèo ngày {postedUntil} nhưng Chủ tịch UBND xã chưa quyết định công nhận danh sách (quá mốc 15 ngày làm việc là ngày {due}).")
                    .emit();
        }

        // ---- Grassroots democracy (PAPI 1.2, 2.1, 3.1, 5.3) ----

        /** The list must have been updated on or after the first day of the quarter before asOf's quarter. */
        void gdl01(GdlAnswers g) {
            LocalDate since = Quarter.of(asOf).previous().firstDay();
            LocalDate updated = g.disclosureListUpdatedOn();
            if (updated == null) {
                out.raise(GDL_01_NEVER, Severity.MINOR)
                        .subject("GDL.DISCLOSURE_LIST")
                        .fact("updatedOn", null).fact("requiredSince", since)
                        .message("Chưa lập, cập nhật danh mục các thông tin đã công khai. Danh mục phải được cập nhật hằng quý: "
                                + "lần cập nhật gần nhất phải từ ngày {requiredSince} (đầu " + Quarter.of(since).displayName() + ") trở đi.")
                        .emit();
            } else if (updated.isBefore(since)) {
                out.raise(GDL_01_STALE, Severity.MINOR)
                        .subject("GDL.DISCLOSURE_LIST")
                        .fact("updatedOn", updated).fact("requiredSince", since)
                        .message("Danh mục các thông tin đã công khai không được cập nhật hằng quý: lần cập nhật gần nhất là ngày {updatedOn}, "
                                + "trước ngày {requiredSince} (đầu " + Quarter.of(since).displayName() + ").")
                        .emit();
            }
        }

        void gdl02(GdlAnswers g) {
            if (g.proceduresPostedAtHq()) {
                return;
            }
            out.raise(GDL_02, Severity.MAJOR)
                    .subject("GDL.TTHC_POSTED_AT_HQ")
                    .fact("proceduresPostedAtHq", false)
                    .message("Thủ tục hành chính giải quyết tại xã không được niêm yết công khai thường xuyên tại trụ sở UBND xã.")
                    .emit();
        }

        void gdl03(GdlAnswers g) {
            if (g.regulationAdopted()) {
                return;
            }
            out.raise(GDL_03, Severity.MAJOR)
                    .subject("GDL.REGULATION_ADOPTED")
                    .fact("regulationAdopted", false)
                    .message("UBND xã chưa ban hành quy chế thực hiện dân chủ ở xã.")
                    .emit();
        }

        /** "At least once a year": within the 365 plain days before asOf. */
        void gdl04(GdlAnswers g) {
            LocalDate since = asOf.minusDays(365);
            LocalDate last = g.dialogueLastHeldOn();
            if (last == null) {
                out.raise(GDL_04_NEVER, Severity.MAJOR)
                        .subject("GDL.DIALOGUE")
                        .fact("lastHeldOn", null).fact("requiredSince", since)
                        .message("UBND xã chưa tổ chức hội nghị đối thoại với Nhân dân; phải tổ chức ít nhất mỗi năm một lần "
                                + "(trong 365 ngày, từ ngày {requiredSince} đến ngày {asOf}, không có hội nghị nào).")
                        .emit();
            } else if (last.isBefore(since)) {
                out.raise(GDL_04_STALE, Severity.MAJOR)
                        .subject("GDL.DIALOGUE")
                        .fact("lastHeldOn", last).fact("requiredSince", since)
                        .message("Hội nghị đối thoại với Nhân dân gần nhất là ngày {lastHeldOn}, đã quá một năm: trong 365 ngày, "
                                + "từ ngày {requiredSince} đến ngày {asOf}, UBND xã không tổ chức hội nghị đối thoại nào.")
                        .emit();
            }
        }

        void gdl05(GdlAnswers g) {
            int n = g.villagesWithoutYearEndMeeting();
            if (n <= 0) {
                return;
            }
            out.raise(GDL_05, Severity.MINOR)
                    .subject("GDL.VILLAGES_WITHOUT_YEAREND_MEETING")
                    .fact("villagesWithoutYearEndMeeting", n)
                    .message("Còn {villagesWithoutYearEndMeeting} thôn, tổ dân phố chưa tổ chức hội nghị cộng đồng dân cư định kỳ cuối năm.")
                    .emit();
        }

        void pib01(PibAnswers p) {
            if (inspection.villages() < 5 || p.members() >= 5) {
                return;
            }
            out.raise(PIB_01, Severity.MAJOR)
                    .subject("PIB.MEMBERS")
                    .fact("members", p.members()).fact("villages", inspection.villages())
                    .message("Ban thanh tra nhân dân chỉ có {members} thành viên, ít hơn 5 thành viên tối thiểu (xã có {villages} thôn, tổ dân phố).")
                    .emit();
        }

        void pib02(PibAnswers p) {
            if (p.membersWhoAreOfficials() <= 0) {
                return;
            }
            out.raise(PIB_02, Severity.MAJOR)
                    .subject("PIB.MEMBERS_WHO_ARE_OFFICIALS")
                    .fact("membersWhoAreOfficials", p.membersWhoAreOfficials()).fact("members", p.members())
                    .message("Ban thanh tra nhân dân có {membersWhoAreOfficials} trong {members} thành viên đang là cán bộ, công chức "
                            + "hoặc người hoạt động không chuyên trách; những người này không được làm thành viên Ban thanh tra nhân dân.")
                    .emit();
        }

        /** Per quarter ending inside the period, more than 15 plain days before asOf: a report submitted. */
        void pib03(List<PibReport> rows) {
            Set<Quarter> reported = new HashSet<>();
            for (PibReport row : rows) {
                if (row.submittedOn() != null) {
                    reported.add(row.period());
                }
            }
            for (Quarter q : calendar.quartersEndingWithin(inspection.periodFrom(), inspection.periodTo())) {
                if (!q.lastDay().plusDays(15).isBefore(asOf) || reported.contains(q)) {
                    continue;
                }
                out.raise(PIB_03, Severity.MINOR)
                        .subject("PIB_REPORTS[" + q + "]").judgedOn(q.lastDay())
                        .fact("quarter", q.toString()).fact("quarterEnd", q.lastDay()).fact("submittedOn", null)
                        .message("Ban thanh tra nhân dân chưa gửi báo cáo hoạt động " + q.displayName()
                                + " cho Ủy ban Mặt trận Tổ quốc Việt Nam xã (quý kết thúc ngày {quarterEnd}, đến ngày {asOf} đã quá 15 ngày).")
                        .emit();
            }
        }

        void pib04(List<PibRecommendation> rows) {
            for (PibRecommendation row : rows) {
                Deadline d = deadlines.calendarDays(row.receivedOn(), 15, row.answeredOn(), asOf);
                if (!d.isBreached()) {
                    continue;
                }
                out.raise(PIB_04, d.severity(Severity.MAJOR, Severity.MINOR))
                        .subject(row).deadline(d).judgedOn(row.receivedOn())
                        .fact("receivedOn", row.receivedOn()).fact("answeredOn", row.answeredOn())
                        .message("UBND xã chưa giải quyết, trả lời kiến nghị của Ban thanh tra nhân dân nhận ngày {receivedOn} (hạn trả lời {due}).")
                        .lateMessage("UBND xã trả lời kiến nghị của Ban thanh tra nhân dân chậm {daysLate} ngày (nhận ngày {receivedOn}, "
                                + "trả lời ngày {done}, hạn {due}).")
                        .emit();
            }
        }

        void cisb01(List<InvestmentProject> rows) {
            for (InvestmentProject p : rows) {
                if (!p.cisbEstablished()) {
                    out.raise(CISB_01_NONE, Severity.MAJOR)
                            .subject(p)
                            .fact("name", p.name()).fact("cisbEstablished", false)
                            .message("Công trình, dự án \"{name}\" chưa có Ban giám sát đầu tư của cộng đồng.")
                            .emit();
                } else if (p.cisbMembers() < 5) {
                    out.raise(CISB_01_SMALL, Severity.MINOR)
                            .subject(p)
                            .fact("name", p.name()).fact("cisbEstablished", true).fact("cisbMembers", p.cisbMembers())
                            .message("Ban giám sát đầu tư của cộng đồng của công trình, dự án \"{name}\" chỉ có {cisbMembers} thành viên, "
                                    + "chưa đủ 5 thành viên tối thiểu.")
                            .emit();
                }
            }
        }

        // ---- Village head elections (PAPI 1.3) ----

        void vh01(VillageElection row) {
            Deadline d = deadlines.fixed(row.electionOn().minusDays(20), row.decisionOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(VH_01, Severity.MINOR)
                    .subject(row).deadline(d).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("decisionOn", row.decisionOn())
                    .message("{village}: không có quyết định của Chủ tịch UBND xã về việc tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố (bầu cử ngày {electionOn}; quyết định phải ban hành chậm nhất ngày {due}, 20 ngày trước ngày bầu cử).")
                    .lateMessage("{village}: quyết định tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố ban hành ngày {done}, chậm {daysLate} ngày (bầu cử ngày {electionOn}; hạn chậm nhất {due}, 20 ngày trước ngày bầu cử).")
                    .emit();
        }

        void vh02(VillageElection row) {
            Deadline d = deadlines.fixed(row.electionOn().minusDays(7), row.noticeOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(VH_02, Severity.MINOR)
                    .subject(row).deadline(d).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("noticeOn", row.noticeOn())
                    .message("{village}: không niêm yết, thông báo công khai quyết định tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố tại nhà văn hóa thôn, tổ dân phố (bầu cử ngày {electionOn}; phải thông báo chậm nhất ngày {due}, 7 ngày trước ngày bầu cử).")
                    .lateMessage("{village}: niêm yết, thông báo công khai việc bầu cử trưởng thôn, tổ trưởng tổ dân phố ngày {done}, chậm {daysLate} ngày (bầu cử ngày {electionOn}; hạn chậm nhất {due}, 7 ngày trước ngày bầu cử).")
                    .emit();
        }

        void vh03(VillageElection row) {
            Deadline d = deadlines.fixed(row.electionOn().minusDays(15), row.candidatesOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(VH_03, Severity.MINOR)
                    .subject(row).deadline(d).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("candidatesOn", row.candidatesOn())
                    .message("{village}: không có ngày Ban công tác Mặt trận giới thiệu người ứng cử trưởng thôn, tổ trưởng tổ dân phố gửi UBND xã (bầu cử ngày {electionOn}; phải giới thiệu chậm nhất ngày {due}, 15 ngày trước ngày bầu cử).")
                    .lateMessage("{village}: Ban công tác Mặt trận giới thiệu người ứng cử trưởng thôn, tổ trưởng tổ dân phố ngày {done}, chậm {daysLate} ngày (bầu cử ngày {electionOn}; hạn chậm nhất {due}, 15 ngày trước ngày bầu cử).")
                    .emit();
        }

        /** Majority = votes × 2 > households. */
        void vh04(VillageElection row) {
            if (row.votesForWinner() * 2 > row.households() || row.recognizedOn() == null) {
                return;
            }
            out.raise(VH_04, Severity.CRITICAL)
                    .subject(row).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("households", row.households())
                    .fact("votesForWinner", row.votesForWinner()).fact("recognizedOn", row.recognizedOn())
                    .message("{village}: UBND xã công nhận kết quả bầu cử trưởng thôn, tổ trưởng tổ dân phố ngày {recognizedOn} dù người trúng cử chỉ được {votesForWinner}/{households} hộ gia đình tán thành, không quá một nửa tổng số hộ (bầu cử ngày {electionOn}); kết quả này không đủ điều kiện để công nhận.")
                    .emit();
        }

        void vh05(VillageElection row) {
            if (row.votesForWinner() * 2 <= row.households()) {
                return;
            }
            Deadline d = deadlines.workingDays(row.electionOn(), 5, row.recognizedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(VH_05, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject(row).deadline(d).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("households", row.households())
                    .fact("votesForWinner", row.votesForWinner()).fact("recognizedOn", row.recognizedOn())
                    .message("{village}: người trúng cử được {votesForWinner}/{households} hộ gia đình tán thành nhưng UBND xã chưa ra quyết định công nhận kết quả bầu cử trưởng thôn, tổ trưởng tổ dân phố (bầu cử ngày {electionOn}; hạn công nhận {due}, 5 ngày làm việc sau ngày bầu cử).")
                    .lateMessage("{village}: UBND xã công nhận kết quả bầu cử trưởng thôn, tổ trưởng tổ dân phố ngày {done}, chậm {daysLate} ngày (bầu cử ngày {electionOn}; hạn công nhận {due}, 5 ngày làm việc sau ngày bầu cử).")
                    .emit();
        }

        void vh06(VillageElection row) {
            if (row.candidates() != 1) {
                return;
            }
            out.raise(VH_06, Severity.ADVISORY)
                    .subject(row).judgedOn(row.electionOn())
                    .fact("village", row.village()).fact("electionOn", row.electionOn()).fact("candidates", 1)
                    .message("{village}: cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố ngày {electionOn} chỉ có 1 người ứng cử. Pháp luật không bắt buộc, nhưng Chỉ số PAPI đánh giá cao các cuộc bầu cử có từ 2 người ứng cử trở lên; nên giới thiệu thêm người ứng cử ở lần bầu sau.")
                    .emit();
        }

        // ---- Administrative procedures (PAPI 5.2 / 5.3) ----

        /** TTHC-01…03 per dossier and TTHC-04 over the sample, in one pass over the rows. */
        void tthc(List<Dossier> rows) {
            int judged = 0;
            int onTime = 0;
            for (Dossier row : rows) {
                LocalDate due = row.dueOn();
                LocalDate result = row.resultOn();
                boolean overdue = result != null ? result.isAfter(due) : due.isBefore(asOf);
                if (result != null || due.isBefore(asOf)) {
                    judged++;
                }
                if (result != null && !result.isAfter(due)) {
                    onTime++;
                }
                if (overdue && (row.apologyOn() == null || row.apologyOn().isAfter(due.minusDays(1)))) {
                    tthc01(row);
                }
                if (row.reschedules() > 1) {
                    tthc02(row);
                }
                if (row.supplementRequests() > 1) {
                    tthc03(row);
                }
            }
            if (judged > 0) {
                tthc04(onTime, judged);
            }
        }

        void tthc01(Dossier row) {
            boolean land = row.landCertificate();
            LocalDate due = row.dueOn();
            Deadline d = deadlines.fixed(due, row.resultOn(), asOf);
            String what = land ? "Hồ sơ liên quan giấy chứng nhận quyền sử dụng đất “{procedure}”" : "Hồ sơ “{procedure}”";
            String apology = " mà không gửi người nộp phiếu xin lỗi và hẹn lại ngày trả kết quả chậm nhất ngày {apologyDue}"
                    + " (1 ngày trước ngày hẹn trả)."
                    + (row.apologyOn() == null ? "" : " Phiếu xin lỗi gửi ngày {apologyOn}, sau thời hạn đó.");
            out.raise(TTHC_01, land ? Severity.CRITICAL : Severity.MAJOR)
                    .subject(row).papi(tthcPapi(land)).deadline(d).judgedOn(due)
                    .fact("procedure", row.procedure()).fact("landCertificate", land).fact("receivedOn", row.receivedOn())
                    .fact("dueOn", due).fact("resultOn", row.resultOn()).fact("apologyOn", row.apologyOn())
                    .fact("apologyDue", due.minusDays(1))
                    .message(what + " (tiếp nhận ngày {receivedOn}) quá ngày hẹn trả {due}, đến ngày kiểm tra {asOf} vẫn chưa trả kết quả,"
                            + apology)
                    .lateMessage(what + " (tiếp nhận ngày {receivedOn}) trả kết quả ngày {done}, quá hạn {daysLate} ngày so với ngày hẹn trả {due},"
                            + apology)
                    .emit();
        }

        void tthc02(Dossier row) {
            out.raise(TTHC_02, Severity.MAJOR)
                    .subject(row).papi(tthcPapi(row.landCertificate())).judgedOn(row.dueOn())
                    .fact("procedure", row.procedure()).fact("landCertificate", row.landCertificate()).fact("dueOn", row.dueOn())
                    .fact("reschedules", row.reschedules())
                    .message("Hồ sơ “{procedure}” bị hẹn lại ngày trả kết quả {reschedules} lần; chỉ được hẹn lại một lần.")
                    .emit();
        }

        void tthc03(Dossier row) {
            out.raise(TTHC_03, Severity.MINOR)
                    .subject(row).papi(tthcPapi(row.landCertificate())).judgedOn(row.dueOn())
                    .fact("procedure", row.procedure()).fact("landCertificate", row.landCertificate()).fact("dueOn", row.dueOn())
                    .fact("supplementRequests", row.supplementRequests())
                    .message("Hồ sơ “{procedure}” bị yêu cầu bổ sung, hoàn thiện {supplementRequests} lần; chỉ được yêu cầu một lần, hướng dẫn đầy đủ các nội dung cần bổ sung.")
                    .emit();
        }

        void tthc04(int onTime, int judged) {
            double rate = (double) onTime / judged;
            double threshold = rules.settings().tthcOnTimeThreshold();
            if (rate >= threshold) {
                return;
            }
            out.raise(TTHC_04, Severity.MAJOR)
                    .subject("DOSSIERS")
                    .fact("onTime", onTime).fact("judged", judged)
                    .fact("rate", round4(rate)).fact("threshold", threshold)
                    .message("Chỉ {onTime}/{judged} hồ sơ thủ tục hành chính đã đến hạn hoặc đã trả kết quả được giải quyết đúng hạn (tỷ lệ "
                            + percent(rate) + "), thấp hơn mức tối thiểu " + percent(threshold) + ".")
                    .emit();
        }

        // ---- Complaints, denunciations, citizen reception (PAPI 3.1 / 3.2) ----

        void cmp01(Complaint row) {
            Deadline d = deadlines.workingDays(row.receivedOn(), 10, row.acceptedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(CMP_01, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject(row).deadline(d).judgedOn(row.receivedOn())
                    .fact("round", row.round()).fact("receivedOn", row.receivedOn()).fact("acceptedOn", row.acceptedOn())
                    .message("Chưa thụ lý đơn khiếu nại nhận ngày {receivedOn}: phải thụ lý và thông báo cho người khiếu nại trong 10 ngày làm việc, hạn {due}.")
                    .lateMessage("Thụ lý đơn khiếu nại chậm {daysLate} ngày: nhận đơn ngày {receivedOn}, thụ lý ngày {done}, hạn {due} (10 ngày làm việc).")
                    .emit();
        }

        /** Round 1: 30 days (complex or remote 45, both 60); round 2: 45 (complex or remote 60, both 70). */
        void cmp02(Complaint row) {
            LocalDate accepted = row.acceptedOn();
            int round = row.round();
            if (accepted == null || (round != 1 && round != 2)) {
                return;
            }
            boolean complex = row.complex();
            boolean remote = inspection.remote();
            int days;
            if (round == 1) {
                days = remote ? (complex ? 60 : 45) : (complex ? 45 : 30);
            } else {
                days = remote ? (complex ? 70 : 60) : (complex ? 60 : 45);
            }
            Deadline d = deadlines.calendarDays(accepted, days, row.resolvedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            String caseLabel;
            if (complex && remote) {
                caseLabel = "vụ việc phức tạp, xã vùng sâu, vùng xa";
            } else if (complex) {
                caseLabel = "vụ việc phức tạp";
            } else {
                caseLabel = remote ? "xã vùng sâu, vùng xa" : "vụ việc không phức tạp";
            }
            String ordinal = round == 1 ? "lần đầu" : "lần hai";
            out.raise(round == 1 ? CMP_02_ROUND1 : CMP_02_ROUND2, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject(row).deadline(d).judgedOn(accepted)
                    .fact("round", round).fact("complex", complex).fact("remote", remote)
                    .fact("days", days)
                    .fact("caseLabel", caseLabel).fact("acceptedOn", accepted).fact("resolvedOn", row.resolvedOn())
                    .message("Chưa ban hành quyết định giải quyết khiếu nại " + ordinal + " đã thụ lý ngày {acceptedOn}: thời hạn giải quyết {days} ngày ({caseLabel}), hạn {due}.")
                    .lateMessage("Giải quyết khiếu nại " + ordinal + " chậm {daysLate} ngày: thụ lý ngày {acceptedOn}, quyết định giải quyết ngày {done}, hạn {due} ({days} ngày, {caseLabel}).")
                    .emit();
        }

        void den01(Denunciation row) {
            int workingDays = row.multiSiteCheck() ? 10 : 7;
            Deadline d = deadlines.workingDays(row.receivedOn(), workingDays, row.initialHandledOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(DEN_01, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject(row).deadline(d).judgedOn(row.receivedOn())
                    .fact("receivedOn", row.receivedOn()).fact("initialHandledOn", row.initialHandledOn())
                    .fact("multiSiteCheck", row.multiSiteCheck())
                    .fact("workingDays", workingDays)
                    .message("Chưa xử lý ban đầu đơn tố cáo nhận ngày {receivedOn}: phải xử lý trong {workingDays} ngày làm việc, hạn {due}.")
                    .lateMessage("Xử lý ban đầu đơn tố cáo chậm {daysLate} ngày: nhận đơn ngày {receivedOn}, xử lý xong ngày {done}, hạn {due} ({workingDays} ngày làm việc).")
                    .emit();
        }

        /** 30 days plus 30 per allowed extension, one period from acceptance. */
        void den02(Denunciation row) {
            LocalDate accepted = row.acceptedOn();
            if (accepted == null) {
                return;
            }
            Complexity c = row.complexity();
            int allowed = allowedExtensions(c);
            int days = 30 + 30 * Math.min(row.extensions(), allowed);
            Deadline d = deadlines.calendarDays(accepted, days, row.resolvedOn(), asOf);
            if (!d.isBreached()) {
                return;
            }
            out.raise(DEN_02, d.severity(Severity.MAJOR, Severity.MINOR))
                    .subject(row).deadline(d).judgedOn(accepted)
                    .fact("acceptedOn", accepted).fact("resolvedOn", row.resolvedOn()).fact("complexity", c.name())
                    .fact("complexityLabel", complexityLabel(c)).fact("extensions", row.extensions())
                    .fact("allowedExtensions", allowed).fact("days", days)
                    .message("Chưa ban hành kết luận nội dung tố cáo đã thụ lý ngày {acceptedOn} (vụ việc {complexityLabel}, gia hạn {extensions} lần): thời hạn giải quyết {days} ngày, hạn {due}.")
                    .lateMessage("Giải quyết tố cáo chậm {daysLate} ngày: thụ lý ngày {acceptedOn}, kết luận ngày {done}, hạn {due} ({days} ngày, vụ việc {complexityLabel}, gia hạn {extensions} lần).")
                    .emit();
        }

        void den03(Denunciation row) {
            Complexity c = row.complexity();
            int allowed = allowedExtensions(c);
            if (row.extensions() <= allowed) {
                return;
            }
            out.raise(DEN_03, Severity.MINOR)
                    .subject(row).judgedOn(row.receivedOn())
                    .fact("receivedOn", row.receivedOn()).fact("complexity", c.name()).fact("complexityLabel", complexityLabel(c))
                    .fact("extensions", row.extensions()).fact("allowedExtensions", allowed)
                    .message("Vụ tố cáo {complexityLabel} đã gia hạn giải quyết {extensions} lần, vượt số lần luật cho phép ({allowedExtensions} lần).")
                    .emit();
        }

        /** The ISO weeks with a working day in the period but no reception by the chairman: MAJOR from 4, MINOR for 1–3. */
        void recep01(List<ReceptionDay> rows) {
            Set<IsoWeek> received = new HashSet<>();
            for (ReceptionDay day : rows) {
                if (day.byChairman()) {
                    received.add(day.week());
                }
            }
            LocalDate from = inspection.periodFrom();
            LocalDate to = inspection.periodTo();
            List<String> weeks = new ArrayList<>();
            List<String> weekDates = new ArrayList<>();
            for (IsoWeek week : calendar.isoWeeksWithWorkingDays(from, to)) {
                if (!received.contains(week)) {
                    weeks.add(week.toString());
                    weekDates.add(week.monday().format(VN_DATE) + "–" + week.sunday().format(VN_DATE));
                }
            }
            if (weeks.isEmpty()) {
                return;
            }
            boolean many = weeks.size() >= 4;
            out.raise(RECEP_01, many ? Severity.MAJOR : Severity.MINOR)
                    .subject("RECEPTION_DAYS").calendarSpan(from, to)
                    .fact("periodFrom", from).fact("periodTo", to)
                    .fact("weeks", weeks).fact("weekCount", weeks.size()).fact("weekDates", weekDates)
                    .message("Chủ tịch UBND xã không trực tiếp tiếp công dân trong {weekCount} tuần có ngày làm việc của thời kỳ kiểm tra ({periodFrom} – {periodTo}), các tuần: {weekDates}. Chủ tịch UBND xã phải tiếp công dân ít nhất 1 ngày mỗi tuần.")
                    .emit();
        }

        void recep02(List<ReceptionPetition> rows) {
            for (ReceptionPetition row : rows) {
                Deadline d = deadlines.workingDays(row.receivedOn(), 10, row.answeredOn(), asOf);
                if (!d.isBreached()) {
                    continue;
                }
                out.raise(RECEP_02, d.severity(Severity.MAJOR, Severity.MINOR))
                        .subject(row).deadline(d).judgedOn(row.receivedOn())
                        .fact("receivedOn", row.receivedOn()).fact("answeredOn", row.answeredOn())
                        .message("Chưa trả lời kiến nghị, phản ánh nhận tại buổi tiếp công dân ngày {receivedOn}: phải trả lời trực tiếp hoặc bằng văn bản trong 10 ngày làm việc, hạn {due}.")
                        .lateMessage("Trả lời kiến nghị, phản ánh nhận tại buổi tiếp công dân chậm {daysLate} ngày: nhận ngày {receivedOn}, trả lời ngày {done}, hạn {due} (10 ngày làm việc).")
                        .emit();
            }
        }

        // ---- E-governance (PAPI 8.1 / 8.3) ----

        /** At most one finding: no portal (advisory), else a portal without the disclosures. */
        void egov01(EgovAnswers e) {
            if (!e.portalExists()) {
                out.raise(EGOV_01_NO_PORTAL, Severity.ADVISORY)
                        .subject("EGOV.PORTAL")
                        .fact("portalExists", false)
                        .message("Xã chưa có cổng/trang thông tin điện tử. Khuyến nghị: lập trang thông tin điện tử của xã để công khai thông tin và tiếp nhận, trả lời câu hỏi của người dân (Chỉ số PAPI, nội dung 8.1).")
                        .emit();
            } else if (!e.portalHasDisclosures()) {
                out.raise(EGOV_01_DISCLOSURES, Severity.MINOR)
                        .subject("EGOV.PORTAL")
                        .fact("portalExists", true).fact("portalHasDisclosures", false)
                        .message("Cổng/trang thông tin điện tử của xã chưa đăng đủ các nội dung phải công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở; xã có cổng thông tin điện tử thì phải đăng tải toàn bộ các nội dung này.")
                        .emit();
            }
        }

        void egov02(List<PortalQuestion> rows) {
            for (PortalQuestion row : rows) {
                Deadline d = deadlines.workingDays(row.receivedOn(), 10, row.answeredOn(), asOf);
                if (!d.isBreached()) {
                    continue;
                }
                out.raise(EGOV_02, Severity.ADVISORY)
                        .subject(row).deadline(d).judgedOn(row.receivedOn())
                        .fact("receivedOn", row.receivedOn()).fact("answeredOn", row.answeredOn())
                        .message("Câu hỏi của người dân gửi qua cổng thông tin điện tử ngày {receivedOn} chưa được trả lời sau 10 ngày làm việc (mốc {due}). Khuyến nghị: trả lời người dân trên cổng (Chỉ số PAPI, nội dung 8.3).")
                        .lateMessage("Câu hỏi của người dân gửi qua cổng thông tin điện tử ngày {receivedOn} được trả lời ngày {done}, muộn {daysLate} ngày so với mốc 10 ngày làm việc ({due}). Khuyến nghị: trả lời trong 10 ngày làm việc (Chỉ số PAPI, nội dung 8.3).")
                        .emit();
            }
        }
    }

    /** 5.2 for land-use-right certificate dossiers, 5.3 for the commune's other procedures. */
    private static String tthcPapi(boolean landCertificate) {
        return landCertificate ? "5.2" : "5.3";
    }

    private static double round4(double rate) {
        return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** 0.9 → "90%", 0.6667 → "66,67%". */
    private static String percent(double rate) {
        return BigDecimal.valueOf(rate).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    /** Extensions the Law on Denunciations allows: none, once when complex, twice when especially complex. */
    private static int allowedExtensions(Complexity c) {
        return switch (c) {
            case COMPLEX -> 1;
            case ESPECIALLY_COMPLEX -> 2;
            default -> 0;
        };
    }

    private static String complexityLabel(Complexity c) {
        return switch (c) {
            case COMPLEX -> "phức tạp";
            case ESPECIALLY_COMPLEX -> "đặc biệt phức tạp";
            default -> "không phức tạp";
        };
    }
}
