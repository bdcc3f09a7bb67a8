package vn.hanoi.papi.plan;

import java.time.LocalDate;

/** The day the plan tracker reviews the tasks on (fact of PLAN-01): a window that ended before it is due. */
public record PlanReview(LocalDate asOf) {
}
