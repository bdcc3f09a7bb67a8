package vn.hanoi.papi.plan;

import java.time.LocalDate;

/**
 * A task of the plan's Phụ lục 1 as the rules see it (fact of PLAN-01). Task 5, which has several leads, is
 * tracked through its items 5.1…5.9.
 *
 * @param lead       the unit code of the lead agency (chủ trì)
 * @param papi       the PAPI sub-index the task's content targets, or null when it has none of its own
 * @param windowFrom first day of the task's window (tiến độ)
 * @param windowTo   last day of the window: the task must be done by then
 * @param doneOn     when it was done (status DONE), else null
 */
public record PlanTask(String number, String title, String lead, String papi, LocalDate windowFrom, LocalDate windowTo,
                       PlanTaskStatus status, LocalDate doneOn) {

    /** The subject of a finding about the task: {@code PLAN[5.2]}. */
    public String subject() {
        return "PLAN[" + number + "]";
    }

    public PlanTask with(PlanTaskStatus status, LocalDate doneOn) {
        return new PlanTask(number, title, lead, papi, windowFrom, windowTo, status, doneOn);
    }
}
