package vn.hanoi.papi.findings;

/** Where a stored finding stands in its review. */
public enum FindingStatus {
    OPEN, CONFIRMED, DISMISSED, REMEDIATION_SUBMITTED, CLOSED, REOPENED;

    /** Confirmed at some point: these count for repeat violations and for the CCHC score. */
    public boolean confirmed() {
        return this == CONFIRMED || this == REMEDIATION_SUBMITTED || this == CLOSED || this == REOPENED;
    }

    /** Still waiting for the unit to remedy it. */
    public boolean awaitingRemediation() {
        return this == OPEN || this == CONFIRMED || this == REMEDIATION_SUBMITTED || this == REOPENED;
    }
}
