package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** DENUNCIATIONS row: a denunciation (tố cáo). */
public record Denunciation(
        String code,
        LocalDate receivedOn,
        LocalDate initialHandledOn,
        boolean multiSiteCheck,
        LocalDate acceptedOn,
        Complexity complexity,
        int extensions,
        LocalDate resolvedOn) implements RecordRow {
    public String recordName() { return "DENUNCIATIONS"; }
    public String key() { return code; }
}
