package vn.hanoi.papi.units;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A registry that cannot be used; the message names the registry and what is wrong. When the units were read but
 * do not fit together, {@link #problems()} names each unit and field at fault.
 */
public class UnitRegistryException extends RuntimeException {

    /**
     * One thing wrong with one unit.
     *
     * @param unit    the unit's code, or {@code #n} (its place in the list, from 1) when it has none; null when the
     *                problem is the list as a whole
     * @param field   the field at fault ({@code code}, {@code parent}, …); null with {@code unit}
     * @param message what is wrong, in Vietnamese
     */
    public record Problem(String unit, String field, String message) {

        @Override
        public String toString() {
            return unit == null ? message : unit + "." + field + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public UnitRegistryException(String message) {
        this(message, (Throwable) null);
    }

    public UnitRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** The registry {@code name} has these problems. */
    public UnitRegistryException(String name, List<Problem> problems) {
        super("Danh mục đơn vị " + name + " không hợp lệ: "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
