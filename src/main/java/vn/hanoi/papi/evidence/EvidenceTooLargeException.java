package vn.hanoi.papi.evidence;

/** The photo is over {@code papi.evidence.max-size}: HTTP 413. */
public class EvidenceTooLargeException extends RuntimeException {
    public EvidenceTooLargeException(String message) {
        super(message);
    }
}
