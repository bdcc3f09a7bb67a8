package vn.hanoi.papi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    /** The text of every page, as a reader extracts it (the embedded font's ToUnicode map gives the letters back),
     * white space collapsed. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append(' ');
            }
            return all.toString().replaceAll("\\s+", " ");         // a cell or a title may wrap
        } finally {
            reader.close();
        }
    }

    /** The names of the fonts whose program is embedded in the file (FontFile2: TrueType). */
    static List<String> embeddedFonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> names = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = PdfReader.getPdfObject(reader.getPdfObject(i));
                if (object instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
                        && d.get(PdfName.FONTFILE2) != null) {
                    names.add(d.get(PdfName.FONTNAME).toString());
                }
            }
            return names;
        } finally {
            reader.close();
        }
    }

    @Test
    void thePdfOpens_A4_withTheTitleUnitsScoresAndVietnameseText() throws IOException {
        byte[] pdf = new PdfReportWriter().write(SampleReports.baVi2021());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(com.lowagie.text.PageSize.A4.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(com.lowagie.text.PageSize.A4.getHeight());
        int pages = reader.getNumberOfPages();
        assertThat(reader.getInfo().get("Title")).isEqualTo(
                "Báo cáo chỉ số CCHC năm 2021 — kết quả kiểm tra thực hiện Kế hoạch 164/KH-UBND");
        reader.close();

        String text = text(pdf);
        assertThat(text).contains("Báo cáo chỉ số CCHC năm 2021", "Kế hoạch 164/KH-UBND",
                "Xếp hạng cấp xã, cụm thi đua số 4", "tính đến ngày 31/12/2021");
        assertThat(text).contains("Xã Tản Lĩnh", "Xã Khánh Thượng", "Xã Minh Quang", "HN-XA-BA-VI-TAN-LINH");
        assertThat(text).contains("6,75", "10,00", "3,25");
        assertThat(text).contains("quá hạn khắc phục", "tái phạm", "Nghiêm trọng", "Các khoản trừ điểm theo đơn vị");
        assertThat(text).contains("Phát hiện theo chỉ số thành phần PAPI", "Sở Tài chính", "Văn phòng UBND Thành phố",
                "Phát hiện theo cơ quan chủ trì tham mưu", "Thanh tra Thành phố", "Tổng số phát hiện trong năm: 9");
        assertThat(text).contains("Trang 1/" + pages);
    }

    @Test
    void theFontIsEmbedded() throws IOException {
        byte[] pdf = new PdfReportWriter().write(SampleReports.baVi2021());
        assertThat(embeddedFonts(pdf)).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        assertThat(embeddedFonts(pdf)).anySatisfy(name -> assertThat(name).contains("DejaVuSans-Bold"));
    }

    @Test
    void aLongReport_numbersEveryPage() throws IOException {
        List<vn.hanoi.papi.scoring.RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new vn.hanoi.papi.scoring.RankingRow(i + 1, "HN-XA-" + i, "Xã Thử Nghiệm " + i, 1,
                    SampleReports.points("10.00"), List.of(), null));
        }
        byte[] pdf = new PdfReportWriter().write(CchcReport.of(2020, vn.hanoi.papi.units.UnitLevel.COMMUNE, null,
                java.time.LocalDate.of(2020, 12, 31), SampleReports.points("10.00"), rows, List.of()));
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();
        assertThat(pages).isGreaterThan(1);
        String text = text(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Trang " + page + "/" + pages);
        }
        assertThat(text).contains("Không có khoản trừ điểm nào trong năm.", "Xã Thử Nghiệm 119");
    }
}
