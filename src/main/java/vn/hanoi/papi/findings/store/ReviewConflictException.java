package vn.hanoi.papi.findings.store;

/** A review on a stale version or from a state that does not allow it: nothing changed. */
public class ReviewConflictException extends RuntimeException {
    public ReviewConflictException(String message) {
        super(message);
    }
}
