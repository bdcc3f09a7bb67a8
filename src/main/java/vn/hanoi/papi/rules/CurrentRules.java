package vn.hanoi.papi.rules;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rule base in service. Evaluations ask for it once each, so a replacement (a reload) takes effect
 * for the next evaluation while running ones finish with the rules they started with.
 */
public final class CurrentRules implements Supplier<RuleBase> {

    private final AtomicReference<RuleBase> current;

    public CurrentRules(RuleBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public RuleBase get() {
        return current.get();
    }

    /** Puts a new, already built rule base in service. */
    public void replace(RuleBase next) {
        current.set(next);
    }
}
