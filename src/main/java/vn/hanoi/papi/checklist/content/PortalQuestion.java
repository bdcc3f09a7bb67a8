package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** PORTAL_QUESTIONS row: a citizen's question sent through the commune web portal. */
public record PortalQuestion(String code, LocalDate receivedOn, LocalDate answeredOn) implements RecordRow {
    public String recordName() { return "PORTAL_QUESTIONS"; }
    public String key() { return code; }
}
