package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** COMPLAINTS row: a complaint (khiếu nại), first or second round. */
public record Complaint(
        String code,
        int round,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        boolean complex,
        LocalDate resolvedOn) implements RecordRow {
    public String recordName() { return "COMPLAINTS"; }
    public String key() { return code; }
}
