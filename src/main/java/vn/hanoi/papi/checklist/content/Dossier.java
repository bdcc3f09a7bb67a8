package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** DOSSIERS row: an administrative-procedure dossier sampled from the one-stop unit's log. */
public record Dossier(
        String code,
        String procedure,
        boolean landCertificate,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate resultOn,
        LocalDate apologyOn,
        int reschedules,
        int supplementRequests) implements RecordRow {
    public String recordName() { return "DOSSIERS"; }
    public String key() { return code; }
}
