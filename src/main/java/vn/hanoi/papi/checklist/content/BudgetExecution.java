package vn.hanoi.papi.checklist.content;

import java.time.LocalDate;
import vn.hanoi.papi.calendar.Quarter;

/** BUDGET_EXECUTION row: when a quarter's budget execution was disclosed. */
public record BudgetExecution(Quarter period, LocalDate disclosedOn) implements RecordRow {
    public String recordName() { return "BUDGET_EXECUTION"; }
    public String key() { return period.toString(); }
}
