package vn.hanoi.papi.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import vn.hanoi.papi.scoring.Deduction;

/** The Vietnamese texts both writers share. */
final class ReportTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String NO_SUB_INDEX = "(không thuộc chỉ số thành phần)";
    static final String NO_LEAD_AGENCY = "(chưa xác định)";

    private ReportTexts() {
    }

    static String title(CchcReport report) {
        return "Báo cáo chỉ số CCHC năm " + report.year() + " — kết quả kiểm tra thực hiện Kế hoạch 164/KH-UBND";
    }

    /** "Xếp hạng cấp xã, cụm thi đua số 4; điểm tối đa 10; tính đến ngày 31/12/2021". */
    static String subtitle(CchcReport report) {
        return "Xếp hạng " + report.levelLabel()
                + (report.cluster() == null ? "" : ", cụm thi đua số " + report.cluster())
                + "; điểm tối đa " + decimal(report.maximum()) + "; tính đến ngày " + DAY.format(report.asOf());
    }

    static String kind(Deduction.Kind kind) {
        return kind == Deduction.Kind.OVERDUE ? "Quá hạn khắc phục" : "Theo mức độ vi phạm";
    }

    static String repeat(boolean repeat) {
        return repeat ? "Tái phạm" : "";
    }

    /** 6,75 — two decimals, Vietnamese comma. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
