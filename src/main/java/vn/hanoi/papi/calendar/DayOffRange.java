package vn.hanoi.papi.calendar;

import java.time.LocalDate;
import java.util.stream.Stream;

/** Consecutive days off, both ends included; weekends inside the range are harmless. */
public record DayOffRange(LocalDate from, LocalDate to, String name) {

    public DayOffRange {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.text(name, "name");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Khoảng nghỉ \"" + name + "\" có ngày kết thúc " + to
                    + " trước ngày bắt đầu " + from);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }
}
