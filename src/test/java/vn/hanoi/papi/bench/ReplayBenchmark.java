package vn.hanoi.papi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.rules.RuleBaseLoader;
import vn.hanoi.papi.rules.RuleFile;
import vn.hanoi.papi.rules.RuleReplay;

/**
 * What-if replay of a generated city-year with a candidate rule folder (the TTHC threshold 95% → 30%), through the
 * evaluator directly (no HTTP, no store): {@code ./mvnw -B -Pbench test-compile exec:exec
 * -Dbench.main=vn.hanoi.papi.bench.ReplayBenchmark -Dbench.args="4000 100 3"} — submissions, dossier rows of the
 * full checklists, runs. Prints the time of each run; the first one includes the JIT's warm-up.
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Engine engine = Engine.load(EngineSources.standard());
        Path candidate = Files.createTempDirectory("papi-replay-bench");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, candidate.resolve(f.getFileName()));
            }
        }
        Path settings = candidate.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 0.30"));
        long t0 = System.nanoTime();
        List<Submission> year = BenchmarkSubmissions.cityYear(engine, n, dossiers);
        System.out.printf("generated %d submissions (%d with %d dossier rows) in %d ms%n", year.size(), (n + 1) / 2, dossiers,
                (System.nanoTime() - t0) / 1_000_000);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            RuleBase rules = RuleBaseLoader.build(RuleFile.fromDirectory(candidate));
            RuleReplay.Report report = new RuleReplay(engine.rules(), rules, engine.calendar(), engine::units)
                    .replay(year, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d submissions replayed in %d ms (rule build included; replay alone %d ms), "
                            + "findings %d → %d, rules changed %s, %d processors%n", run, report.submissions(), ms,
                    report.millis(), report.findingsBefore(), report.findingsAfter(),
                    report.rules().stream().map(r -> r.ruleId() + " +" + r.added().size() + " -" + r.removed().size()
                            + " ~" + r.changed().size()).toList(), Runtime.getRuntime().availableProcessors());
        }
    }
}
