package vn.hanoi.papi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the rule folder, for tests that change the rules, and a rule file that does not build. */
public final class RuleFolders {

    /** How the build's problem with {@link #addBrokenRule}'s file starts: its file and line. */
    public static final String BROKEN_RULE_AT = "broken.drl:6:";

    private RuleFolders() {
    }

    /** The files of {@code rules/} copied into {@code folder} (made if missing). */
    public static Path copyOfTheRules(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    /** The files of {@code rules/} copied into a new temporary folder. */
    public static Path copyOfTheRules() throws IOException {
        return copyOfTheRules(Files.createTempDirectory("papi-rules"));
    }

    /** Writes {@code broken.drl}, a rule with a syntax error on its line 6, into the folder; returns the file. */
    public static Path addBrokenRule(Path folder) throws IOException {
        return Files.writeString(folder.resolve("broken.drl"), """
                package papi.rules;
                import vn.hanoi.papi.checklist.content.PibAnswers;
                rule "X-01 hỏng"
                    @id("X-01") @papi("1.2") @leadAgency("SO-NOI-VU") @legalBasis("Luật")
                when
                    PibAnswers(members < )
                then
                end
                """);
    }
}
