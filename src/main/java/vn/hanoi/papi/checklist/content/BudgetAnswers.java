package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** Section BUDGET: disclosure of the commune budget (PAPI 2.3). */
public record BudgetAnswers(
        @JsonProperty("BUDGET.DRAFT.SENT_ON") LocalDate draftSentOn,
        @JsonProperty("BUDGET.DRAFT.DISCLOSED_ON") LocalDate draftDisclosedOn,
        @JsonProperty("BUDGET.ESTIMATE.APPROVED_ON") LocalDate estimateApprovedOn,
        @JsonProperty("BUDGET.ESTIMATE.DISCLOSED_ON") LocalDate estimateDisclosedOn,
        @JsonProperty("BUDGET.ESTIMATE.DECISION_ISSUED") boolean estimateDecisionIssued,
        @JsonProperty("BUDGET.ACCOUNTS.APPROVED_ON") LocalDate accountsApprovedOn,
        @JsonProperty("BUDGET.ACCOUNTS.DISCLOSED_ON") LocalDate accountsDisclosedOn,
        @JsonProperty("BUDGET.POSTING.AT_HQ") boolean postedAtHq,
        @JsonProperty("BUDGET.POSTING.AT_VILLAGES") boolean postedAtVillages,
        @JsonProperty("BUDGET.POSTING.DAYS") int postingDays) {
}
