package vn.hanoi.papi.evidence;

/** Something else wrong with an upload (an empty file, a caption too long): HTTP 400. */
public class InvalidEvidenceException extends RuntimeException {
    public InvalidEvidenceException(String message) {
        super(message);
    }
}
