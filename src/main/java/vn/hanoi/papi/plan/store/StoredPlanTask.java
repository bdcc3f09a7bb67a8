package vn.hanoi.papi.plan.store;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.papi.plan.PlanTask;
import vn.hanoi.papi.plan.PlanTaskStatus;

/**
 * A task of the plan as stored ({@code plan_tasks}), its id the task's number. A status change is one conditional
 * update on the version it was read at.
 */
@Document("plan_tasks")
public record StoredPlanTask(
        @Id String number,
        int order,
        String title,
        String lead,
        String papi,
        LocalDate windowFrom,
        LocalDate windowTo,
        PlanTaskStatus status,
        LocalDate doneOn,
        String note,
        long version,
        String updatedBy,
        Instant updatedAt) {

    static StoredPlanTask seed(PlanTask task, int order) {
        return new StoredPlanTask(task.number(), order, task.title(), task.lead(), task.papi(), task.windowFrom(),
                task.windowTo(), task.status(), task.doneOn(), null, 0, null, null);
    }

    public PlanTask toTask() {
        return new PlanTask(number, title, lead, papi, windowFrom, windowTo, status, doneOn);
    }
}
