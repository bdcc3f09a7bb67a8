package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;
import vn.hanoi.papi.calendar.IsoWeek;

/** RECEPTION_DAYS row: a citizen-reception day, held by the chairman or not. */
public record ReceptionDay(LocalDate on, boolean byChairman) implements RecordRow {
    public String recordName() { return "RECEPTION_DAYS"; }
    public String key() { return on.toString(); }

    /** The ISO week (Monday–Sunday) of the reception day. */
    public IsoWeek week() {
        return IsoWeek.of(on);
    }
}
