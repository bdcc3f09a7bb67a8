package vn.hanoi.papi.calendar;

/** A holiday data file (or collection) that cannot be used; the message names the file and the problem. */
public class CalendarDataException extends RuntimeException {

    private final String origin;
    private final String problem;

    public CalendarDataException(String origin, String problem) {
        this(origin, problem, null);
    }

    public CalendarDataException(String origin, String problem, Throwable cause) {
        super("Dữ liệu lịch nghỉ không hợp lệ (" + origin + "): " + problem, cause);
        this.origin = origin;
        this.problem = problem;
    }

    /** The file (or other source) at fault. */
    public String origin() {
        return origin;
    }

    public String problem() {
        return problem;
    }
}
