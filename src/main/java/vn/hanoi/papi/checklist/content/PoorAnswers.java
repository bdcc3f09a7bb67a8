package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** Section POOR: the poor-household list review (PAPI 2.2). */
public record PoorAnswers(
        @JsonProperty("POOR.MEETING.ATTENDEES") int meetingAttendees,
        @JsonProperty("POOR.MEETING.AGREED") int meetingAgreed,
        @JsonProperty("POOR.LIST.POSTED_AT_VILLAGE") boolean postedAtVillage,
        @JsonProperty("POOR.LIST.POSTED_AT_HQ") boolean postedAtHq,
        @JsonProperty("POOR.LIST.POSTED_FROM") LocalDate postedFrom,
        @JsonProperty("POOR.LIST.POSTED_UNTIL") LocalDate postedUntil,
        @JsonProperty("POOR.LIST.DECISION_ON") LocalDate decisionOn) {
}
