package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;

/** VILLAGE_ELECTIONS row: the election of a village head (trưởng thôn, tổ trưởng tổ dân phố). */
public record VillageElection(
        String village,
        LocalDate electionOn,
        LocalDate decisionOn,
        LocalDate noticeOn,
        LocalDate candidatesOn,
        int candidates,
        int households,
        int votesForWinner,
        LocalDate recognizedOn) implements RecordRow {
    public String recordName() { return "VILLAGE_ELECTIONS"; }
    public String key() { return village; }
}
