package vn.hanoi.papi.findings.store;

public class FindingNotFoundException extends RuntimeException {
    public FindingNotFoundException(String id) {
        super("Không có phát hiện " + id);
    }
}
