package vn.hanoi.papi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    /** Opens an XLSX with POI, as a reader would. */
    static Workbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                values.add(row.getCell(column).toString());
            }
        }
        return values;
    }

    /** Every text of a sheet, in reading order. */
    static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('\n')));
        return all.toString();
    }

    /** The ranking's checks, shared with the API test. */
    static void checkRanking(Sheet ranking, List<String> units, List<String> names, List<Double> scores) {
        assertThat(column(ranking, 1)).containsExactlyElementsOf(units);
        assertThat(column(ranking, 2)).containsExactlyElementsOf(names);
        List<Double> read = new ArrayList<>();
        for (Row row : ranking) {
            if (row.getRowNum() > 0) {
                Cell score = row.getCell(4);
                assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
                read.add(score.getNumericCellValue());
            }
        }
        assertThat(read).containsExactlyElementsOf(scores);
    }

    @Test
    void theWorkbookOpensWithItsFourSheets() throws IOException {
        try (Workbook book = open(new XlsxReportWriter().write(SampleReports.baVi2021()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Xếp hạng", "Điểm trừ", "Theo chỉ số PAPI", "Theo cơ quan chủ trì");
            for (Sheet sheet : book) {
                // Bold, frozen header row.
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(sheet.getSheetName()).isTrue();
            }
        }
    }

    @Test
    void theRanking_unitsNamesAndScores() throws IOException {
        try (Workbook book = open(new XlsxReportWriter().write(SampleReports.baVi2021()))) {
            Sheet ranking = book.getSheet("Xếp hạng");
            assertThat(text(ranking)).contains("Hạng", "Tên đơn vị", "Cụm thi đua", "Điểm CCHC");
            checkRanking(ranking, List.of("HN-XA-BA-VI-BA-VI", "HN-XA-BA-VI-MINH-QUANG", SampleReports.KHANH_THUONG,
                            SampleReports.TAN_LINH), List.of("Xã Ba Vì", "Xã Minh Quang", "Xã Khánh Thượng", "Xã Tản Lĩnh"),
                    List.of(10.0, 10.0, 6.75, 6.75));
            assertThat(ranking.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(ranking.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(ranking.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(3.25);
        }
    }

    @Test
    void everyDeductionLine_withItsReason() throws IOException {
        try (Workbook book = open(new XlsxReportWriter().write(SampleReports.baVi2021()))) {
            Sheet lines = book.getSheet("Điểm trừ");
            assertThat(lines.getLastRowNum()).isEqualTo(8);
            assertThat(column(lines, 1)).containsOnly("Xã Khánh Thượng", "Xã Tản Lĩnh");
            assertThat(column(lines, 8)).contains("MAJOR: −1; tái phạm: ×2 → −2",
                    "quá hạn khắc phục: −0,5 (hạn khắc phục 15/03/2021, đóng ngày 02/06/2021, sau hạn)");
            assertThat(column(lines, 6)).contains("Tái phạm");
            assertThat(column(lines, 7)).contains("Quá hạn khắc phục", "Theo mức độ vi phạm");
            assertThat(column(lines, 5)).contains("Nhẹ", "Nặng", "Nghiêm trọng");
            double sum = 0;
            for (Row row : lines) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00");
                    sum += row.getCell(9).getNumericCellValue();
                }
            }
            assertThat(sum).isEqualTo(6.5);
        }
    }

    @Test
    void theBreakdowns() throws IOException {
        try (Workbook book = open(new XlsxReportWriter().write(SampleReports.baVi2021()))) {
            Sheet papi = book.getSheet("Theo chỉ số PAPI");
            assertThat(column(papi, 0)).containsExactly("2.3", "3.2", "5.3", "(không thuộc chỉ số thành phần)");
            assertThat(column(papi, 1)).contains("Sở Tài chính", "Văn phòng UBND Thành phố");
            assertThat(papi.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(papi.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(text(papi)).contains("Nghiêm trọng", "Khuyến nghị", "Được tính điểm");
            Sheet lead = book.getSheet("Theo cơ quan chủ trì");
            assertThat(column(lead, 0)).containsExactly("SO-TAI-CHINH", "THANH-TRA-TP", "VP-UBND-TP", "(chưa xác định)");
            assertThat(column(lead, 1)).contains("Thanh tra Thành phố");
            assertThat(column(lead, 2)).contains("2.3", "3.2");
        }
    }

    @Test
    void anEmptyYear_stillOpens() throws IOException {
        CchcReport empty = CchcReport.of(2020, vn.hanoi.papi.units.UnitLevel.COMMUNE, null,
                java.time.LocalDate.of(2020, 12, 31), SampleReports.points("10.00"), List.of(), List.of());
        try (Workbook book = open(new XlsxReportWriter().write(empty))) {
            assertThat(book.getSheet("Xếp hạng").getLastRowNum()).isZero();
        }
    }
}
