package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** POOR_COMPLAINTS row: a complaint about the poor-household review results. */
public record PoorComplaint(String code, LocalDate receivedOn, LocalDate recheckedOn) implements RecordRow {
    public String recordName() { return "POOR_COMPLAINTS"; }
    public String key() { return code; }
}
