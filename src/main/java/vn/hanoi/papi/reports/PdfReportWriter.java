package vn.hanoi.papi.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.papi.findings.Severity;

/**
 * The report as an A4 PDF: the title, the ranking table, the deductions unit by unit, the findings by PAPI sub-index
 * and by lead agency; "Trang n/N" at the foot of every page. DejaVu Sans is embedded (Identity-H) so every
 * Vietnamese letter renders in any reader.
 */
public final class PdfReportWriter {

    public static final String CONTENT_TYPE = "application/pdf";

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF7);

    private final byte[] regular = resource(REGULAR);
    private final byte[] bold = resource(BOLD);

    public byte[] write(CchcReport report) {
        try {
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, regular, null);
            BaseFont baseBold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold, null);
            Fonts fonts = new Fonts(new Font(baseBold, 14), new Font(baseBold, 11), new Font(base, 9),
                    new Font(baseBold, 8), new Font(base, 8), base);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 36, 36, 40, 48);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(base));
            document.addTitle(ReportTexts.title(report));
            document.addAuthor("Sở Nội vụ Thành phố Hà Nội");
            document.addCreator("papi-checker");
            document.open();
            content(document, fonts, report);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Không tạo được báo cáo PDF: " + e.getMessage(), e);
        }
    }

    private record Fonts(Font title, Font heading, Font text, Font cellBold, Font cell, BaseFont base) {
    }

    private static void content(Document document, Fonts fonts, CchcReport report) {
        Paragraph title = new Paragraph(ReportTexts.title(report), fonts.title());
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        Paragraph subtitle = new Paragraph(ReportTexts.subtitle(report), fonts.text());
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(10);
        document.add(subtitle);

        heading(document, fonts, "1. Xếp hạng điểm CCHC");
        PdfPTable ranking = table(fonts, new float[]{1, 4, 6, 1.5f, 1.8f, 1.8f},
                "Hạng", "Mã đơn vị", "Tên đơn vị", "Cụm", "Điểm", "Điểm trừ");
        for (CchcReport.Row row : report.ranking()) {
            cells(ranking, fonts, String.valueOf(row.rank()), row.unit(), row.name(),
                    row.cluster() == null ? "" : String.valueOf(row.cluster()),
                    ReportTexts.decimal(row.score()), ReportTexts.decimal(row.deducted()));
        }
        document.add(ranking);

        heading(document, fonts, "2. Các khoản trừ điểm theo đơn vị");
        Map<String, List<CchcReport.Line>> byUnit = new LinkedHashMap<>();
        report.deductions().forEach(l -> byUnit.computeIfAbsent(l.unit(), k -> new ArrayList<>()).add(l));
        if (byUnit.isEmpty()) {
            document.add(new Paragraph("Không có khoản trừ điểm nào trong năm.", fonts.text()));
        }
        byUnit.forEach((unit, lines) -> {
            Paragraph name = new Paragraph(lines.get(0).unitName() + " (" + unit + ")", fonts.cellBold());
            name.setSpacingBefore(6);
            name.setSpacingAfter(3);
            document.add(name);
            PdfPTable table = table(fonts, new float[]{2.2f, 3.2f, 2.4f, 6.4f, 1.5f},
                    "Quy tắc", "Nội dung", "Mức độ", "Lý do", "Điểm trừ");
            for (CchcReport.Line l : lines) {
                cells(table, fonts, l.ruleId(), l.subject(), l.severity() == null ? "" : l.severity().label(),
                        l.reason(), ReportTexts.decimal(l.amount()));
            }
            document.add(table);
        });

        heading(document, fonts, "3. Phát hiện theo chỉ số thành phần PAPI");
        document.add(tallies(fonts, report.bySubIndex(), "Chỉ số", "Cơ quan chủ trì tham mưu", ReportTexts.NO_SUB_INDEX));
        heading(document, fonts, "4. Phát hiện theo cơ quan chủ trì tham mưu (Phụ lục 2)");
        document.add(tallies(fonts, report.byLeadAgency(), "Cơ quan", "Chỉ số thành phần", ReportTexts.NO_LEAD_AGENCY));
        Paragraph total = new Paragraph("Tổng số phát hiện trong năm: " + report.findings(), fonts.text());
        total.setSpacingBefore(6);
        document.add(total);
    }

    private static PdfPTable tallies(Fonts fonts, List<CchcReport.Tally> tallies, String keyTitle, String labelTitle,
                                     String none) {
        Severity[] severities = Severity.values();
        String[] titles = new String[4 + severities.length];
        titles[0] = keyTitle;
        titles[1] = labelTitle;
        titles[2] = "Số phát hiện";
        titles[3] = "Tính điểm";
        float[] widths = new float[titles.length];
        widths[0] = 2.2f;
        widths[1] = 5;
        widths[2] = 1.5f;
        widths[3] = 1.5f;
        for (int i = 0; i < severities.length; i++) {
            titles[4 + i] = severities[severities.length - 1 - i].label();
            widths[4 + i] = 1.6f;
        }
        PdfPTable table = table(fonts, widths, titles);
        for (CchcReport.Tally t : tallies) {
            String[] values = new String[titles.length];
            boolean bySubIndex = ReportTexts.NO_SUB_INDEX.equals(none);
            values[0] = t.key() == null ? none : t.key();
            values[1] = bySubIndex ? nonNull(t.label()) : nonNull(t.label()) + (t.detail() == null ? "" : " — " + t.detail());
            values[2] = String.valueOf(t.total());
            values[3] = String.valueOf(t.counted());
            for (int i = 0; i < severities.length; i++) {
                values[4 + i] = String.valueOf(t.of(severities[severities.length - 1 - i]));
            }
            cells(table, fonts, values);
        }
        return table;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void heading(Document document, Fonts fonts, String text) {
        Paragraph p = new Paragraph(text, fonts.heading());
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static PdfPTable table(Fonts fonts, float[] widths, String... titles) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, fonts.cellBold()));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Fonts fonts, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, fonts.cell()));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    /** "Trang n/N" centred at the foot; N is written into a template when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final BaseFont font;
        private PdfTemplate total;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String text = "Trang " + writer.getPageNumber() + "/";
            float width = font.getWidthPoint(text, 8);
            float x = (document.left() + document.right()) / 2 - width / 2;
            float y = document.bottom() - 24;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu phông chữ " + path + " trong classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
