package vn.hanoi.papi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Runs the jar that {@code ./mvnw package} builds, as a user would, and compares it with the in-process command. */
class EvaluateJarIT {

    private static final Path JAR = Path.of("target", "papi-checker.jar");

    private static String[] run(List<String> args) throws IOException, InterruptedException {
        return run(args, Path.of("."));
    }

    private static String[] run(List<String> args, Path workingDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theJarPrintsTheSameFindingsAsTheTestedCommand() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--json"));
        args.addAll(EvaluateCommandTest.examples());
        String[] jar = run(args);
        assertThat(jar[0]).as(jar[2]).isEqualTo("0");
        EvaluateCommandTest.Run inProcess = EvaluateCommandTest.run(args.subList(1, args.size()).toArray(String[]::new));
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(jar[1])).isEqualTo(json.readTree(inProcess.out()));
        assertThat(json.readTree(jar[1]).size()).isEqualTo(37);
    }

    @Test
    void aMistypedCommandPrintsTheUsageInsteadOfStartingTheService() throws Exception {
        String[] jar = run(List.of("evalu", "fixtures/submissions/2024-minh-tri-surprise-land-dossiers.json"));
        assertThat(jar[0]).as(jar[2]).isEqualTo("2");
        assertThat(jar[1]).isEmpty();
        assertThat(jar[2]).startsWith("lệnh không rõ: evalu").contains("evaluate", "replay", "hash-password")
                .doesNotContain("Tomcat", "Spring");
    }

    @Test
    void awayFromTheProjectTheJarUsesTheRulesAndReferenceDataPackagedInIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--json"));
        EvaluateCommandTest.examples().forEach(f -> args.add(Path.of(f).toAbsolutePath().toString()));
        String[] jar = run(args, dir);
        assertThat(jar[0]).as(jar[2]).isEqualTo("0");
        assertThat(JsonMapper.builder().build().readTree(jar[1]).size()).isEqualTo(37);
    }

    @Test
    void theJarReplaysTheExamplesWithACandidateRuleFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path candidate = dir.resolve("rules");
        java.nio.file.Files.createDirectories(candidate);
        try (var files = java.nio.file.Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, candidate.resolve(f.getFileName()));
            }
        }
        Path settings = candidate.resolve("settings.yaml");
        java.nio.file.Files.writeString(settings, java.nio.file.Files.readString(settings)
                .replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 0.30"));
        String[] jar = run(List.of("replay", "--rules", candidate.toString(), "--from", "2022-01-01", "--to", "2026-12-31",
                "--submissions", "fixtures/submissions"));
        assertThat(jar[0]).as(jar[2]).isEqualTo("0");
        assertThat(jar[1]).contains("37 → 36", "TTHC-04: thêm 0, bớt 1, thay đổi 1");
    }

    @Test
    void theJarRejectsABadFileWithANonZeroExit() throws Exception {
        String[] jar = run(List.of("evaluate", "fixtures/invalid/2022-viet-hung-bad-items.json"));
        assertThat(jar[0]).isEqualTo("1");
        assertThat(jar[2]).contains("BUDGET.POSTNG.DAYS", "PIB.MEMBERS");
        assertThat(jar[1]).doesNotContain("BUDGET-");
    }
}
