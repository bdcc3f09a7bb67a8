package vn.hanoi.papi.checklist.store;

public class TemplateNotFoundException extends RuntimeException {
    public TemplateNotFoundException(String template, int version) {
        super("Không có mẫu phiếu " + template + " phiên bản " + version);
    }
}
