package vn.hanoi.papi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;

/** Small helpers so that rule tests read as sentences. */
public final class FindingsAssert {

    private FindingsAssert() {
    }

    public static List<Finding> findingsOf(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The single finding of a rule; fails if there is none or more than one. */
    public static Finding onlyFinding(Evaluation evaluation, String ruleId) {
        List<Finding> found = findingsOf(evaluation, ruleId);
        assertThat(found).as("findings of %s in %s", ruleId, evaluation.findings()).hasSize(1);
        return found.get(0);
    }

    public static void assertNoFinding(Evaluation evaluation, String ruleId) {
        assertThat(findingsOf(evaluation, ruleId)).as("findings of %s", ruleId).isEmpty();
    }
}
