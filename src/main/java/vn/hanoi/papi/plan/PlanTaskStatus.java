package vn.hanoi.papi.plan;

/** Where a task of the plan stands, as Sở Nội vụ records it. */
public enum PlanTaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    public String vietnamese() {
        return switch (this) {
            case NOT_STARTED -> "chưa triển khai";
            case IN_PROGRESS -> "đang thực hiện";
            case DONE -> "đã hoàn thành";
        };
    }
}
