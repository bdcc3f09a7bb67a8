package vn.hanoi.papi.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.store.ScoreService;
import vn.hanoi.papi.web.InvalidRequestException;

/** The findings of a year by PAPI sub-index and lead agency (Phụ lục 2): what each department must advise on. */
@RestController
class LeadAgencyController {

    private final ScoreService scores;

    LeadAgencyController(ScoreService scores) {
        this.scores = scores;
    }

    record ByLeadAgency(int year, String leadAgency, long total, List<LeadAgencyView.Group> groups) {
    }

    @Operation(summary = "Phát hiện trong năm theo chỉ số thành phần PAPI và cơ quan chủ trì tham mưu (Phụ lục 2), "
            + "đếm theo mức độ và trạng thái; leadAgency= để chỉ xem của một cơ quan")
    @GetMapping("/api/findings/by-lead-agency")
    ByLeadAgency byLeadAgency(@RequestParam(required = false) String year,
                              @RequestParam(required = false) String leadAgency) {
        List<ValidationError> errors = new ArrayList<>();
        Integer y = ScoreController.year(year, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Tham số không hợp lệ", errors);
        }
        List<LeadAgencyView.Group> groups = scores.byLeadAgency(y).stream()
                .filter(g -> leadAgency == null || leadAgency.isBlank() || leadAgency.strip().equals(g.leadAgency()))
                .toList();
        return new ByLeadAgency(y, leadAgency == null || leadAgency.isBlank() ? null : leadAgency.strip(),
                groups.stream().mapToLong(LeadAgencyView.Group::total).sum(), groups);
    }
}
