package vn.hanoi.papi.findings;

/** Where a stored finding stands in its review (the moves between them: {@link FindingTransition}). */
public enum FindingStatus {
    OPEN("mới phát hiện, chưa xem xét"),
    CONFIRMED("đã xác nhận, chờ đơn vị khắc phục"),
    DISMISSED("đã bác bỏ"),
    REMEDIATION_SUBMITTED("đơn vị đã báo cáo khắc phục, chờ kiểm tra lại"),
    CLOSED("đã khắc phục xong, đã đóng"),
    REOPENED("đã mở lại, chờ đơn vị khắc phục lại");

    private final String vietnamese;

    FindingStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The status in a message: {@code CLOSED (đã khắc phục xong, đã đóng)}. */
    public String describe() {
        return name() + " (" + vietnamese + ")";
    }

    /** Confirmed at some point: these count for repeat violations and for the CCHC score. */
    public boolean confirmed() {
        return this == CONFIRMED || this == REMEDIATION_SUBMITTED || this == CLOSED || this == REOPENED;
    }

    /** Still waiting for the unit to remedy it. */
    public boolean awaitingRemediation() {
        return this == OPEN || this == CONFIRMED || this == REMEDIATION_SUBMITTED || this == REOPENED;
    }
}
