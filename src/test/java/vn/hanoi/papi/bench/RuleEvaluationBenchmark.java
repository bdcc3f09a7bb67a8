package vn.hanoi.papi.bench;

import java.util.List;
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
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.units.Unit;

/**
 * Rule evaluation in process, one thread (one core): the standard commune checklist with 200 dossier rows,
 * evaluated by the Drools rule base. Target (PRODUCT.md): ≥ 5,000 submissions/s, and no more than 3× the time of
 * {@link #plainJava()}, the same rules hand-coded in plain Java on the same input ({@link PlainJavaRules}, whose
 * findings equal the Drools ones: {@code PlainJavaRulesTest}).
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
    PlainJavaRules plain;
    Unit unit;

    @Setup
    public void setUp() throws Exception {
        engine = Engine.load(EngineSources.standard());
        submission = BenchmarkSubmissions.standardChecklist(engine, dossiers, overdueEvery);
        plain = new PlainJavaRules(engine.rules(), engine.calendar());
        unit = engine.units().find(submission.unit()).orElseThrow();
    }

    @Benchmark
    public Evaluation drools() {
        return engine.evaluator().evaluate(submission);
    }

    /** The baseline: the same rules as plain Java (loops and if/else), same deadline arithmetic and finding building. */
    @Benchmark
    public List<Finding> plainJava() {
        return plain.evaluate(submission, unit);
    }
}
