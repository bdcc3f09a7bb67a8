package vn.hanoi.papi.support;

import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;

/** The engine built from the project's own rules/ and fixtures/, once per test JVM (as in production). */
public final class TestEngine {

    private static final Engine ENGINE = Engine.load(EngineSources.standard());

    private TestEngine() {
    }

    public static Engine get() {
        return ENGINE;
    }
}
