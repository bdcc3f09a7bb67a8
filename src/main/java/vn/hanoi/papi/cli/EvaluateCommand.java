package vn.hanoi.papi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.json.JsonErrors;
import vn.hanoi.papi.rules.Evaluator;
import vn.hanoi.papi.units.UnitRegistryException;

/**
 * {@code evaluate [--json] [--units FILE] FILE...}: evaluates submission files offline, without a server
 * or a database. A rejected file prints its problems on standard error and no findings; the exit code is
 * then 1.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Đánh giá các phiếu kiểm tra (JSON) theo bộ luật và in các phát hiện.")
public final class EvaluateCommand implements Callable<Integer> {

    public static final int REJECTED = 1;
    public static final int ENGINE_UNAVAILABLE = 3;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "In một mảng JSON các phát hiện (cho máy đọc).")
    boolean json;

    @Option(names = "--units", paramLabel = "FILE", description = "Danh mục đơn vị thay cho fixtures/units/hanoi.json.")
    Path units;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp phiếu kiểm tra; '-' là đầu vào chuẩn.")
    List<String> files;

    @Spec
    CommandSpec spec;

    private final EngineSources sources;

    public EvaluateCommand(EngineSources sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine;
        try {
            engine = Engine.load(units == null ? sources : sources.withUnits(units));
        } catch (UnitRegistryException e) {
            err.println(registryProblem(e));
            return ENGINE_UNAVAILABLE;
        } catch (RuntimeException e) {
            err.println("Không khởi tạo được bộ máy đánh giá: " + e.getMessage());
            return ENGINE_UNAVAILABLE;
        }
        List<FileResult> results = new ArrayList<>();
        boolean rejected = false;
        for (String file : files) {
            FileResult result = evaluate(engine, file, err);
            if (result == null) {
                rejected = true;
            } else {
                results.add(result);
            }
        }
        if (json) {
            printJson(results, out);
        } else {
            FindingTable.print(results, engine, out);
        }
        out.flush();
        err.flush();
        return rejected ? REJECTED : 0;
    }

    /** What is wrong with the unit registry, naming its file and item in Vietnamese (Jackson's own text names Java types). */
    private String registryProblem(UnitRegistryException e) {
        Path file = units != null ? units : sources.units();
        String name = file == null ? "đóng gói trong jar" : file.toString();
        if (e.getCause() instanceof JacksonException json) {
            return "Danh mục đơn vị " + name + " không hợp lệ: " + JsonErrors.describe(json);
        }
        if (e.getCause() instanceof NoSuchFileException) {
            return "Không đọc được danh mục đơn vị " + name + ": không có tệp này";
        }
        return e.getMessage();
    }

    /** The file's evaluation, or null (with its problems on standard error) when it cannot be evaluated. */
    private FileResult evaluate(Engine engine, String file, PrintWriter err) {
        byte[] content;
        try {
            content = read(file);
        } catch (IOException e) {
            err.println(file + ": không đọc được tệp: " + e.getMessage());
            return null;
        }
        try {
            return new FileResult(file, engine.evaluate(content));
        } catch (SubmissionRejectedException e) {
            err.println(file + ": phiếu bị từ chối, " + e.errors().size() + " lỗi:");
            for (ValidationError error : e.errors()) {
                err.println("  " + file + ": " + error.item() + ": " + error.message());
            }
            return null;
        }
    }

    private static byte[] read(String file) throws IOException {
        if (file.equals("-")) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        return Files.readAllBytes(Path.of(file));
    }

    private static void printJson(List<FileResult> results, PrintWriter out) {
        List<Finding> all = results.stream()
                .sorted(Comparator.comparing(FileResult::file))
                .flatMap(r -> r.evaluation().findings().stream().sorted(Evaluator.ORDER))
                .toList();
        out.println(JSON.writeValueAsString(all));
    }

    /** One evaluated file. */
    public record FileResult(String file, Evaluation evaluation) {
    }
}
