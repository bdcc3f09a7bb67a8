package vn.hanoi.papi.plan.store;

import vn.hanoi.papi.checklist.ValidationError;

/**
 * One reason a status change of a plan task is refused. The API answers {@link #error()}; a web page shows its own
 * text for the {@link Code}, so that both refuse on the same rules ({@link PlanTaskService#check}).
 *
 * @param field   the field of the change that is wrong: status, doneOn, note or version
 * @param message the API's Vietnamese text
 */
public record StatusProblem(Code code, String field, String message) {

    public enum Code {
        STATUS_REQUIRED,
        VERSION_REQUIRED,
        VERSION_NEGATIVE,
        DONE_ON_REQUIRED,
        DONE_ON_NOT_DONE,
        DONE_ON_IN_FUTURE,
        DONE_ON_BEFORE_PLAN,
        NOTE_TOO_LONG
    }

    public ValidationError error() {
        return new ValidationError(field, message);
    }
}
