package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** Section GDL: grassroots democracy (Law 10/2022/QH15). */
public record GdlAnswers(
        @JsonProperty("GDL.DISCLOSURE_LIST.UPDATED_ON") LocalDate disclosureListUpdatedOn,
        @JsonProperty("GDL.TTHC_POSTED_AT_HQ") boolean proceduresPostedAtHq,
        @JsonProperty("GDL.REGULATION_ADOPTED") boolean regulationAdopted,
        @JsonProperty("GDL.DIALOGUE.LAST_HELD_ON") LocalDate dialogueLastHeldOn,
        @JsonProperty("GDL.VILLAGES_WITHOUT_YEAREND_MEETING") int villagesWithoutYearEndMeeting) {
}
