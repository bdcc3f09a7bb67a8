package vn.hanoi.papi.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.scoring.Deduction;
import vn.hanoi.papi.scoring.UnitScore;
import vn.hanoi.papi.scoring.store.ScoreService;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;
import vn.hanoi.papi.web.InvalidRequestException;

/** CCHC scores of Sở Nội vụ: the ranking of a level for a year, and one unit's score line by line. */
@RestController
@RequestMapping("/api/scores/cchc")
class ScoreController {

    private final ScoreService scores;

    ScoreController(ScoreService scores) {
        this.scores = scores;
    }

    /** One unit's score. */
    record UnitScoreView(int year, LocalDate asOf, BigDecimal maximum, String unit, String name, Integer cluster,
                         BigDecimal score, BigDecimal deducted, List<Deduction> deductions) {
    }

    @Operation(summary = "Xếp hạng điểm CCHC theo cấp (COMMUNE, DISTRICT đến năm 2025, DEPARTMENT) và cụm thi đua; "
            + "mỗi dòng liệt kê từng khoản trừ với mã phát hiện và lý do")
    @GetMapping
    ScoreService.Ranking ranking(@RequestParam(required = false) String year,
                                 @RequestParam(required = false) String level,
                                 @RequestParam(required = false) Integer cluster,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<ValidationError> errors = new ArrayList<>();
        Integer y = year(year, errors);
        UnitLevel l = ScoreParameters.level(level, errors);
        ScoreParameters.rankable(y, l, errors);
        ScoreParameters.cluster(cluster, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Tham số xếp hạng điểm CCHC không hợp lệ", errors);
        }
        return scores.ranking(y, l, cluster, asOf == null ? scores.today() : asOf);
    }

    @Operation(summary = "Điểm CCHC của một đơn vị trong một năm, với từng khoản trừ")
    @GetMapping("/{unit}")
    ResponseEntity<?> unit(@PathVariable String unit, @RequestParam(required = false) String year,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<ValidationError> errors = new ArrayList<>();
        Integer y = year(year, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Tham số điểm CCHC không hợp lệ", errors);
        }
        LocalDate day = asOf == null ? scores.today() : asOf;
        Unit known = scores.unit(unit).orElse(null);
        if (known == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Không có đơn vị mã " + unit + " trong danh mục đơn vị.");
            problem.setTitle("Không tìm thấy đơn vị");
            problem.setType(java.net.URI.create("urn:papi:problem:not-found"));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        UnitScore s = scores.score(unit, y, day).orElseThrow();
        return ResponseEntity.ok(new UnitScoreView(y, day, scores.maximum(), known.code(), known.name(), known.cluster(),
                s.score(), s.deducted(), s.deductions()));
    }

    static Integer year(String year, List<ValidationError> errors) {
        return ScoreParameters.year(year, errors);
    }
}
