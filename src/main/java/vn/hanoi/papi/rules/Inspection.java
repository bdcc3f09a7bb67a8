package vn.hanoi.papi.rules;

import java.time.LocalDate;
import vn.hanoi.papi.checklist.InspectionType;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.units.Unit;

/**
 * The inspection as the rules see it: who was inspected, when, over which period.
 *
 * @param asOf the inspection day: a deadline after it is not yet due
 */
public record Inspection(
        String submissionId,
        String unit,
        int villages,
        boolean remote,
        InspectionType type,
        LocalDate asOf,
        LocalDate periodFrom,
        LocalDate periodTo) {

    public static Inspection of(Submission submission, Unit unit) {
        return new Inspection(submission.submissionId(), unit.code(), unit.villages(), unit.remote(),
                submission.inspectionType(), submission.inspectedOn(), submission.period().from(),
                submission.period().to());
    }

    /** Inside the inspection period, both ends included. */
    public boolean inPeriod(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }
}
