package vn.hanoi.papi.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the engine reads its rules and reference data. A null path means "the copy packaged in the jar".
 * By default the {@code rules/} and {@code fixtures/} folders of the working directory win, so that a
 * rule author's edit takes effect without a rebuild.
 */
public record EngineSources(Path rules, Path calendar, Path units, Path templates) {

    public static final String CLASSPATH_ROOT = "papi";

    /** The folders under {@code rulesDir} and {@code fixturesDir} that exist; the packaged copy for the others. */
    public static EngineSources from(Path rulesDir, Path fixturesDir) {
        return new EngineSources(
                existingDir(rulesDir),
                existingDir(fixturesDir.resolve("calendar")),
                existingFile(fixturesDir.resolve("units").resolve("hanoi.json")),
                existingDir(fixturesDir.resolve("templates")));
    }

    /** {@code ./rules} and {@code ./fixtures} of the working directory. */
    public static EngineSources standard() {
        return from(Path.of("rules"), Path.of("fixtures"));
    }

    public EngineSources withUnits(Path unitsFile) {
        return new EngineSources(rules, calendar, unitsFile, templates);
    }

    public EngineSources withRules(Path rulesDir) {
        return new EngineSources(rulesDir, calendar, units, templates);
    }

    private static Path existingDir(Path p) {
        return Files.isDirectory(p) ? p : null;
    }

    private static Path existingFile(Path p) {
        return Files.isRegularFile(p) ? p : null;
    }
}
