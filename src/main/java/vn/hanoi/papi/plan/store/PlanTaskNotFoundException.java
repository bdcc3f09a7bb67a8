package vn.hanoi.papi.plan.store;

/** No task of the plan has that number. */
public class PlanTaskNotFoundException extends RuntimeException {
    public PlanTaskNotFoundException(String number) {
        super("Kế hoạch không có nhiệm vụ số " + number);
    }
}
