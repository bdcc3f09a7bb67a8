package vn.hanoi.papi.findings;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating one submission.
 *
 * @param notInspected sections absent from the submission, whose rules did not run
 * @param rulesVersion content hash of the rule set that produced the findings
 */
public record Evaluation(
        String submissionId,
        String unit,
        LocalDate inspectedOn,
        List<Finding> findings,
        List<String> notInspected,
        String rulesVersion) {

    public Evaluation {
        findings = List.copyOf(findings);
        notInspected = List.copyOf(notInspected);
    }
}
