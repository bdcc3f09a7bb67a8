package vn.hanoi.papi.checklist;

import java.time.LocalDate;

/** The period an inspection covers; both ends are inside it. */
public record InspectionPeriod(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
