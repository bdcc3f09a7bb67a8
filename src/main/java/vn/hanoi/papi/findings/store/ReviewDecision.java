package vn.hanoi.papi.findings.store;

import vn.hanoi.papi.findings.FindingTransition;

/** What the City Inspectorate decides on an open finding. */
public enum ReviewDecision {
    CONFIRM(FindingTransition.CONFIRM), DISMISS(FindingTransition.DISMISS);

    private final FindingTransition transition;

    ReviewDecision(FindingTransition transition) {
        this.transition = transition;
    }

    public FindingTransition transition() {
        return transition;
    }
}
