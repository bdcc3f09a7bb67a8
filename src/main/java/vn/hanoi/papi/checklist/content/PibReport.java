package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;
import vn.hanoi.papi.calendar.Quarter;

/** PIB_REPORTS row: the People's Inspection Board's quarterly report to the Fatherland Front. */
public record PibReport(Quarter period, LocalDate submittedOn) implements RecordRow {
    public String recordName() { return "PIB_REPORTS"; }
    public String key() { return period.toString(); }
}
