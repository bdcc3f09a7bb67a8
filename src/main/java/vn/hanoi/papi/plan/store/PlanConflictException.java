package vn.hanoi.papi.plan.store;

/** A status change on a stale version: nothing changed. */
public class PlanConflictException extends RuntimeException {
    public PlanConflictException(String message) {
        super(message);
    }
}
