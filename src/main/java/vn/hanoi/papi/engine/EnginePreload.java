package vn.hanoi.papi.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiling the rules is the longest step of a start (2–3 s). The service's {@code main} starts it on a spare
 * thread from the default folders while Spring builds the rest of the context; the engine bean then takes that
 * result if it was loaded from the folders the configuration names, and loads its own otherwise.
 */
public final class EnginePreload {

    private static volatile Preloaded preloaded;

    private record Preloaded(EngineSources sources, CompletableFuture<Engine> engine) {
    }

    private EnginePreload() {
    }

    public static void start(EngineSources sources) {
        CompletableFuture<Engine> engine = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                engine.complete(Engine.load(sources));
            } catch (RuntimeException | Error e) {
                engine.completeExceptionally(e);
            }
        }, "engine-preload");
        loader.setDaemon(true);             // inherits the launcher's class loader, which the rule compiler needs
        loader.start();
        preloaded = new Preloaded(sources, engine);
    }

    /** The preloaded engine when it was loaded from {@code sources}, else a fresh one; used once. */
    static Engine take(EngineSources sources) {
        Preloaded p = preloaded;
        preloaded = null;
        if (p == null || !p.sources().equals(sources)) {
            return Engine.load(sources);
        }
        try {
            return p.engine().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
