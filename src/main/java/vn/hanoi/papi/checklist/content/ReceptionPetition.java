package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** RECEPTION_PETITIONS row: a petition received at a citizen-reception session. */
public record ReceptionPetition(String code, LocalDate receivedOn, LocalDate answeredOn) implements RecordRow {
    public String recordName() { return "RECEPTION_PETITIONS"; }
    public String key() { return code; }
}
