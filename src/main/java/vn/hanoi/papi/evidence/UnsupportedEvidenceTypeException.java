package vn.hanoi.papi.evidence;

/** The content is not an image of an allowed type (whatever the client declared): HTTP 415. */
public class UnsupportedEvidenceTypeException extends RuntimeException {
    public UnsupportedEvidenceTypeException(String message) {
        super(message);
    }
}
