package vn.hanoi.papi.rules;

import java.util.List;

/** The rule files cannot be built; each problem names its file, line and message. */
public class RuleBuildException extends RuntimeException {

    private final transient List<String> problems;

    public RuleBuildException(String problem) {
        this(List.of(problem));
    }

    public RuleBuildException(List<String> problems) {
        super("Không xây dựng được bộ luật:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
