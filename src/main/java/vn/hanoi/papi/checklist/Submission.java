package vn.hanoi.papi.checklist;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.papi.checklist.content.SubmissionContent;

/** A validated checklist submission: a tablet's answers for one inspection of one unit. */
public record Submission(
        String submissionId,
        String template,
        int templateVersion,
        String unit,
        InspectionType inspectionType,
        LocalDate inspectedOn,
        InspectionPeriod period,
        List<String> inspectors,
        SubmissionContent content) {

    public Submission {
        inspectors = List.copyOf(inspectors);
    }
}
