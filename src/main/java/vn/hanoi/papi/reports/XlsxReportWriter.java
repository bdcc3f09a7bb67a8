package vn.hanoi.papi.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hanoi.papi.findings.Severity;

/**
 * The report as an XLSX workbook: "Xếp hạng" (rank, unit, name, cluster, score, deducted), "Điểm trừ" (every
 * deduction line), "Theo chỉ số PAPI" and "Theo cơ quan chủ trì" (findings counted by severity). Each sheet has a
 * bold, frozen header row; points carry two decimals.
 */
public final class XlsxReportWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String RANKING = "Xếp hạng";
    static final String DEDUCTIONS = "Điểm trừ";
    static final String BY_SUB_INDEX = "Theo chỉ số PAPI";
    static final String BY_LEAD_AGENCY = "Theo cơ quan chủ trì";

    public byte[] write(CchcReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(ReportTexts.title(report));
            book.getProperties().getCoreProperties().setDescription(ReportTexts.subtitle(report));
            Styles styles = new Styles(book);
            ranking(book, styles, report);
            deductions(book, styles, report);
            tallies(book.createSheet(BY_SUB_INDEX), styles, report.bySubIndex(),
                    List.of("Chỉ số thành phần PAPI", "Cơ quan chủ trì tham mưu", "Mã cơ quan"), ReportTexts.NO_SUB_INDEX);
            tallies(book.createSheet(BY_LEAD_AGENCY), styles, report.byLeadAgency(),
                    List.of("Mã cơ quan chủ trì", "Cơ quan chủ trì tham mưu", "Chỉ số thành phần"), ReportTexts.NO_LEAD_AGENCY);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle points) {
        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle());
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            points.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
    }

    private static void ranking(XSSFWorkbook book, Styles styles, CchcReport report) {
        Sheet sheet = book.createSheet(RANKING);
        header(sheet, styles, "Hạng", "Mã đơn vị", "Tên đơn vị", "Cụm thi đua", "Điểm CCHC", "Tổng điểm trừ");
        int r = 1;
        for (CchcReport.Row row : report.ranking()) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(row.rank());
            x.createCell(1).setCellValue(row.unit());
            x.createCell(2).setCellValue(row.name());
            number(x, 3, row.cluster());
            points(x, 4, row.score(), styles);
            points(x, 5, row.deducted(), styles);
        }
        finish(sheet, 6);
    }

    private static void deductions(XSSFWorkbook book, Styles styles, CchcReport report) {
        Sheet sheet = book.createSheet(DEDUCTIONS);
        header(sheet, styles, "Mã đơn vị", "Tên đơn vị", "Mã phát hiện", "Quy tắc", "Nội dung", "Mức độ", "Tái phạm",
                "Loại khoản trừ", "Lý do", "Điểm trừ");
        int r = 1;
        for (CchcReport.Line line : report.deductions()) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(line.unit());
            x.createCell(1).setCellValue(line.unitName());
            x.createCell(2).setCellValue(line.findingId());
            x.createCell(3).setCellValue(line.ruleId());
            x.createCell(4).setCellValue(line.subject());
            x.createCell(5).setCellValue(line.severity() == null ? "" : line.severity().label());
            x.createCell(6).setCellValue(ReportTexts.repeat(line.repeat()));
            x.createCell(7).setCellValue(ReportTexts.kind(line.kind()));
            x.createCell(8).setCellValue(line.reason());
            points(x, 9, line.amount(), styles);
        }
        finish(sheet, 10);
    }

    private static void tallies(Sheet sheet, Styles styles, List<CchcReport.Tally> tallies, List<String> first,
                                String none) {
        String[] titles = new String[5 + Severity.values().length];
        titles[0] = first.get(0);
        titles[1] = first.get(1);
        titles[2] = first.get(2);
        titles[3] = "Số phát hiện";
        titles[4] = "Được tính điểm";
        Severity[] severities = Severity.values();
        for (int i = 0; i < severities.length; i++) {
            titles[5 + i] = severities[severities.length - 1 - i].label();
        }
        header(sheet, styles, titles);
        int r = 1;
        for (CchcReport.Tally t : tallies) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(t.key() == null ? none : t.key());
            x.createCell(1).setCellValue(t.label() == null ? "" : t.label());
            x.createCell(2).setCellValue(t.detail() == null ? "" : t.detail());
            x.createCell(3).setCellValue(t.total());
            x.createCell(4).setCellValue(t.counted());
            for (int i = 0; i < severities.length; i++) {
                x.createCell(5 + i).setCellValue(t.of(severities[severities.length - 1 - i]));
            }
        }
        finish(sheet, titles.length);
    }

    private static void header(Sheet sheet, Styles styles, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void points(Row row, int column, BigDecimal value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.points());
        }
    }

    private static void finish(Sheet sheet, int columns) {
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, widest(sheet, i) + 2)) * 256);
        }
    }

    /** The longest text in a column (autoSizeColumn needs fonts from the system; this does not). */
    private static int widest(Sheet sheet, int column) {
        int widest = 0;
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                widest = Math.max(widest, cell.toString().length());
            }
        }
        return widest;
    }
}
