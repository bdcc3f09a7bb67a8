package vn.hanoi.papi.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.findings.Evaluation;

/**
 * Rule evaluation in process, one thread (one core): the standard commune checklist with 200 dossier rows,
 * evaluated by the Drools rule base. Target (PRODUCT.md): ≥ 5,000 submissions/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh"})
@Threads(1)
public class RuleEvaluationBenchmark {

    @Param({"200"})
    int dossiers;

    /** One dossier in this many is overdue: 20 is a typical commune, 3 a badly run one (many findings). */
    @Param({"20", "3"})
    int overdueEvery;

    Engine engine;
    Submission submission;

    @Setup
    public void setUp() throws Exception {
        engine = Engine.load(EngineSources.standard());
        submission = BenchmarkSubmissions.standardChecklist(engine, dossiers, overdueEvery);
    }

    @Benchmark
    public Evaluation drools() {
        return engine.evaluator().evaluate(submission);
    }
}
