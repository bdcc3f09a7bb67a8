package vn.hanoi.papi.rules;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rule base in service. Evaluations ask for it once each, so a replacement (a reload) takes effect
 * for the next evaluation while running ones finish with the rules they started with.
 *
 * <p>The first rule base may be built on first use ({@link #buildOnFirstUse}): the first caller builds it while
 * any other caller waits for that build; a build that fails throws its {@link RuleBuildException} to the caller
 * and is tried again by the next one. The service builds it right after its web server has started (see
 * {@code engine.RulesInService}), so pages answer while the rules compile.
 */
public final class CurrentRules implements Supplier<RuleBase> {

    private final AtomicReference<RuleBase> current;
    private final Supplier<RuleBase> firstBuild;

    public CurrentRules(RuleBase initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
        this.firstBuild = () -> initial;
    }

    private CurrentRules(Supplier<RuleBase> firstBuild) {
        this.current = new AtomicReference<>();
        this.firstBuild = firstBuild;
    }

    /** Rules that {@code build} makes when they are first asked for (the build runs once unless it fails). */
    public static CurrentRules buildOnFirstUse(Supplier<RuleBase> build) {
        return new CurrentRules(Objects.requireNonNull(build));
    }

    @Override
    public RuleBase get() {
        RuleBase rules = current.get();
        return rules != null ? rules : first();
    }

    /** Whether a rule base is in service already (false while the first one has not been built). */
    public boolean built() {
        return current.get() != null;
    }

    private synchronized RuleBase first() {
        RuleBase rules = current.get();
        if (rules == null) {
            current.compareAndSet(null, firstBuild.get());   // a reload that got in first wins
            rules = current.get();
        }
        return rules;
    }

    /** Puts a new, already built rule base in service. */
    public void replace(RuleBase next) {
        current.set(Objects.requireNonNull(next));
    }
}
