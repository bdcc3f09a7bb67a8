package vn.hanoi.papi.findings.store;

/** What the City Inspectorate decides on an open finding. */
public enum ReviewDecision {
    CONFIRM, DISMISS
}
