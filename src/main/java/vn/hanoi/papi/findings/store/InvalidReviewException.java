package vn.hanoi.papi.findings.store;

/** A review request that lacks what it needs (a decision, a version, a reason to dismiss): answered 400. */
public class InvalidReviewException extends RuntimeException {
    public InvalidReviewException(String message) {
        super(message);
    }
}
