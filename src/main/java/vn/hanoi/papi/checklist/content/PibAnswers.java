package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Section PIB: the People's Inspection Board (Ban thanh tra nhân dân). */
public record PibAnswers(
        @JsonProperty("PIB.MEMBERS") int members,
        @JsonProperty("PIB.MEMBERS_WHO_ARE_OFFICIALS") int membersWhoAreOfficials) {
}
