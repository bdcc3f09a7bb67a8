package vn.hanoi.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A Saturday the government turned into a working day in exchange for a weekday off. */
public record WorkingSaturday(LocalDate on, String name) {

    public WorkingSaturday {
        Require.present(on, "on");
        Require.text(name, "name");
        if (on.getDayOfWeek() != DayOfWeek.SATURDAY) {
            throw new IllegalArgumentException("Ngày làm bù " + on + " (\"" + name
                    + "\") không phải thứ Bảy");
        }
    }
}
