package vn.hanoi.papi.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads, on a second thread, the classes that the service's start is known to need, in the order it needs them, so
 * that the main thread finds most of them already loaded. Starting the service is mostly loading classes — some
 * twelve thousand, one after another — and the machines it runs on have two cores; this puts the second one to work.
 *
 * <p>The classes are only loaded (read and defined), never initialised: no static initialiser runs on this thread,
 * so the application initialises its classes in the same order as without it. A name that is no longer on the class
 * path is skipped. The list, {@value #LIST}, is written by {@code .ci/startup-classes} from a start of the service;
 * {@code ClassPreloaderTest} says when a dependency upgrade has made it stale.
 */
public final class ClassPreloader {

    public static final String LIST = "META-INF/papi/startup-classes.txt";
    /** {@code -Dpapi.preload-classes=false} turns the preloader off (as {@code .ci/startup-classes} does). */
    public static final String SWITCH = "papi.preload-classes";

    private ClassPreloader() {
    }

    /** What a preload did: the classes loaded and the names not found. */
    public record Result(int loaded, List<String> missing) {
    }

    /**
     * Starts preloading the listed classes into this loader on a daemon thread, and returns the thread; without a
     * list, or when turned off, does nothing.
     */
    public static Optional<Thread> start(ClassLoader loader) {
        InputStream list = loader.getResourceAsStream(LIST);
        if (list == null || "false".equals(System.getProperty(SWITCH))) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> preload(loader, list), "class-preloader");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    /** Loads each class named in the list (one per line; blank lines and {@code #} comments ignored). */
    public static Result preload(ClassLoader loader, InputStream list) {
        int loaded = 0;
        List<String> missing = new ArrayList<>();
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = names.readLine(); line != null; line = names.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    missing.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(loaded, List.copyOf(missing));
    }
}
