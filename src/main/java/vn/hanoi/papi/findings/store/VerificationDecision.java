package vn.hanoi.papi.findings.store;

import vn.hanoi.papi.findings.FindingTransition;

/** What the City Inspectorate decides on a remedy the unit reported. */
public enum VerificationDecision {
    CLOSE(FindingTransition.CLOSE), REOPEN(FindingTransition.REOPEN);

    private final FindingTransition transition;

    VerificationDecision(FindingTransition transition) {
        this.transition = transition;
    }

    public FindingTransition transition() {
        return transition;
    }
}
