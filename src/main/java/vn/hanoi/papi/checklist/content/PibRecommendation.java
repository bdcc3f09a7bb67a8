package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** PIB_RECOMMENDATIONS row: a recommendation of the People's Inspection Board to the commune. */
public record PibRecommendation(String code, LocalDate receivedOn, LocalDate answeredOn) implements RecordRow {
    public String recordName() { return "PIB_RECOMMENDATIONS"; }
    public String key() { return code; }
}
