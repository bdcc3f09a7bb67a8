package vn.hanoi.papi.support;

import java.time.Clock;
import java.time.Instant;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;

/**
 * The engine built from the project's own rules/ and fixtures/, once per test JVM (as in production). Its "today" is
 * fixed far ahead: rule tests judge inspections in years without a published calendar, which may lie after the real
 * today. The validator's "not after today" check is tested with a clock of its own.
 */
public final class TestEngine {

    private static final Clock FAR_AHEAD = Clock.fixed(Instant.parse("2099-12-31T00:00:00Z"), Engine.HANOI);
    private static final Engine ENGINE = Engine.load(EngineSources.standard(), FAR_AHEAD);

    private TestEngine() {
    }

    public static Engine get() {
        return ENGINE;
    }
}
