package vn.hanoi.papi.submissions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.papi.findings.store.FindingView;

/** The answer to a submission: its findings as stored and the sections that were not inspected. */
public record SubmissionView(
        String submissionId,
        String unit,
        LocalDate inspectedOn,
        List<FindingView> findings,
        List<String> notInspected,
        String rulesVersion) {
}
