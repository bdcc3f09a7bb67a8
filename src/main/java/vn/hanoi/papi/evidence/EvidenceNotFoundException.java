package vn.hanoi.papi.evidence;

public class EvidenceNotFoundException extends RuntimeException {
    public EvidenceNotFoundException(String id) {
        super("Không có ảnh minh chứng " + id);
    }
}
