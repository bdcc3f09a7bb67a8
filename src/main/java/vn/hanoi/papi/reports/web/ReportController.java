package vn.hanoi.papi.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.reports.CchcReport;
import vn.hanoi.papi.reports.PdfReportWriter;
import vn.hanoi.papi.reports.XlsxReportWriter;
import vn.hanoi.papi.scoring.store.ScoreService;
import vn.hanoi.papi.scoring.web.ScoreParameters;
import vn.hanoi.papi.units.UnitLevel;
import vn.hanoi.papi.web.InvalidRequestException;

/** The yearly CCHC report of Sở Nội vụ as a file: XLSX or PDF. */
@RestController
class ReportController {

    private final ScoreService scores;
    private final XlsxReportWriter xlsx = new XlsxReportWriter();
    private final PdfReportWriter pdf = new PdfReportWriter();

    ReportController(ScoreService scores) {
        this.scores = scores;
    }

    @Operation(summary = "Báo cáo chỉ số CCHC của năm (xếp hạng, các khoản trừ điểm, phát hiện theo chỉ số PAPI và "
            + "theo cơ quan chủ trì) dưới dạng tệp XLSX hoặc PDF")
    @GetMapping("/api/reports/cchc")
    ResponseEntity<byte[]> cchc(@RequestParam(required = false) String year,
                                @RequestParam(required = false) String level,
                                @RequestParam(required = false) String format,
                                @RequestParam(required = false) Integer cluster,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<ValidationError> errors = new ArrayList<>();
        Integer y = ScoreParameters.year(year, errors);
        UnitLevel l = ScoreParameters.level(level, errors);
        ScoreParameters.rankable(y, l, errors);
        ScoreParameters.cluster(cluster, errors);
        String f = format(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Tham số báo cáo điểm CCHC không hợp lệ", errors);
        }
        ScoreService.Ranking ranking = scores.ranking(y, l, cluster, asOf == null ? scores.today() : asOf);
        CchcReport report = CchcReport.of(ranking.year(), ranking.level(), ranking.cluster(), ranking.asOf(),
                ranking.maximum(), ranking.rows(), scores.byLeadAgency(y));
        boolean isPdf = f.equals("pdf");
        byte[] body = isPdf ? pdf.write(report) : xlsx.write(report);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(isPdf ? PdfReportWriter.CONTENT_TYPE : XlsxReportWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("bao-cao-cchc-" + y + "." + f).build().toString())
                .body(body);
    }

    private static String format(String format, List<ValidationError> errors) {
        if (format == null || format.isBlank()) {
            errors.add(new ValidationError("format", "Thiếu định dạng (format): xlsx hoặc pdf."));
            return null;
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("pdf")) {
            errors.add(new ValidationError("format", "Định dạng (format) phải là xlsx hoặc pdf (nhận '" + format + "')."));
            return null;
        }
        return f;
    }
}
