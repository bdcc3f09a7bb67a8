package vn.hanoi.papi.cli;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bson.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.checklist.SubmissionRejectedException;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.rules.RuleBaseLoader;
import vn.hanoi.papi.rules.RuleBuildException;
import vn.hanoi.papi.rules.RuleFile;
import vn.hanoi.papi.rules.RuleReplay;

/**
 * {@code replay --rules DIR --from DATE --to DATE}: re-evaluates the stored submissions inspected in [from, to] with a
 * candidate rule folder and reports, per rule id, the findings it would add, remove or change. Reads the store — the
 * embedded file store {@code ./data} by default (not while a service has it open), a MongoDB with {@code --mongodb},
 * or JSON files with {@code --submissions} — and writes nothing.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Chạy thử bộ luật mới trên các phiếu đã lưu: theo từng mã luật, các phát hiện sẽ thêm, bớt hoặc thay đổi.")
public final class ReplayCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Option(names = "--rules", required = true, paramLabel = "DIR", description = "Thư mục bộ luật cần chạy thử.")
    Path rules;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "Ngày kiểm tra từ (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Ngày kiểm tra đến (YYYY-MM-DD), tính cả ngày này.")
    LocalDate to;

    @Option(names = "--mongodb", paramLabel = "URI", description = "MongoDB của dịch vụ (mặc định: kho nhúng trong --data).")
    String mongodb;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Thư mục kho nhúng của dịch vụ (papi.mv), mặc định ./data; dừng dịch vụ trước khi đọc.")
    Path data;

    @Option(names = "--submissions", paramLabel = "DIR", description = "Đọc các phiếu từ tệp JSON trong thư mục này thay cho kho dữ liệu.")
    Path submissions;

    @Option(names = "--json", description = "In báo cáo dạng JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final EngineSources sources;

    public ReplayCommand(EngineSources sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (to.isBefore(from)) {
            err.println("--to " + to + " trước --from " + from);
            return EvaluateCommand.REJECTED;
        }
        Engine engine;
        RuleBase candidate;
        try {
            engine = Engine.load(sources);
        } catch (RuntimeException e) {
            err.println("Không khởi tạo được bộ máy đánh giá: " + e.getMessage());
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        }
        try {
            candidate = RuleBaseLoader.build(RuleFile.fromDirectory(rules));
        } catch (RuleBuildException e) {
            err.println("Bộ luật " + rules + " bị từ chối:");
            e.problems().forEach(p -> err.println("  " + p));
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        } catch (RuntimeException e) {
            err.println("Không đọc được bộ luật " + rules + ": " + e.getMessage());
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        }
        if (submissions != null && !Files.isDirectory(submissions)) {
            err.println("Không có thư mục phiếu " + submissions + " (--submissions).");
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        }
        List<Submission> stored;
        try {
            stored = submissions != null ? fromFiles(engine, submissions) : fromStore(engine);
        } catch (SubmissionRejectedException e) {
            err.println("Phiếu đã lưu không còn hợp lệ: " + e.getMessage());
            return EvaluateCommand.REJECTED;
        } catch (IOException e) {
            err.println("Không đọc được các phiếu trong " + submissions + ": " + e.getMessage());
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        } catch (RuntimeException e) {
            err.println("Không đọc được kho dữ liệu: " + e.getMessage()
                    + (mongodb == null && submissions == null
                    ? " (kho nhúng đang được dịch vụ sử dụng? Dừng dịch vụ, hoặc dùng --mongodb URI hoặc --submissions DIR)" : ""));
            return EvaluateCommand.ENGINE_UNAVAILABLE;
        }
        RuleReplay.Report report = new RuleReplay(engine.rules(), candidate, engine.calendar(), engine::units)
                .replay(stored, from, to);
        if (json) {
            out.println(JSON.writeValueAsString(report));
        } else {
            print(report, out);
        }
        out.flush();
        return 0;
    }

    private static List<Submission> fromFiles(Engine engine, Path dir) throws IOException {
        List<Submission> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.add(engine.validator().parse(Files.readAllBytes(file)));
            }
        }
        return all;
    }

    private List<Submission> fromStore(Engine engine) {
        MongoServer server = null;
        String uri = mongodb;
        if (uri == null) {
            Path file = data.resolve("papi.mv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("không có kho nhúng " + file.toAbsolutePath());
            }
            server = new MongoServer(new H2Backend(file.toString()));
            InetSocketAddress address = server.bind();
            uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/papi";
        }
        ConnectionString connection = new ConnectionString(uri);
        String database = connection.getDatabase() != null ? connection.getDatabase() : "papi";
        try (MongoClient client = MongoClients.create(connection)) {
            List<Submission> all = new ArrayList<>();
            for (Document stored : client.getDatabase(database).getCollection("submissions").find()) {
                Document document = stored.get("document", Document.class);
                if (document != null) {
                    all.add(engine.validator().parse(document.toJson()));
                }
            }
            return all;
        } finally {
            if (server != null) {
                server.shutdownNow();
            }
        }
    }

    private void print(RuleReplay.Report report, PrintWriter out) {
        out.printf("Chạy thử bộ luật %s (%s) thay cho bộ luật đang dùng (%s): %d phiếu kiểm tra từ %s đến %s, %d ms%n",
                rules, report.candidateVersion(), report.currentVersion(), report.submissions(), report.from().format(VN_DATE),
                report.to().format(VN_DATE), report.millis());
        out.printf("  Phát hiện: %d → %d%n", report.findingsBefore(), report.findingsAfter());
        if (report.rules().isEmpty()) {
            out.println("  Không có phát hiện nào thay đổi.");
        }
        for (RuleReplay.RuleDiff rule : report.rules()) {
            out.printf("%s: thêm %d, bớt %d, thay đổi %d%n", rule.ruleId(), rule.added().size(), rule.removed().size(),
                    rule.changed().size());
            rule.added().forEach(c -> out.println("  + " + where(c) + " " + describe(c.after())));
            rule.removed().forEach(c -> out.println("  - " + where(c) + " " + describe(c.before())));
            rule.changed().forEach(c -> {
                out.println("  ~ " + where(c) + " trước: " + describe(c.before()));
                out.println("  ~ " + where(c) + " sau:   " + describe(c.after()));
            });
        }
    }

    private static String where(RuleReplay.Change c) {
        return c.submissionId() + " " + c.unit() + " " + c.inspectedOn().format(VN_DATE) + " " + c.subject();
    }

    private static String describe(Finding f) {
        return f.severity() + (f.legalDeadline() == null ? "" : " hạn " + f.legalDeadline().format(VN_DATE)) + " — " + f.message();
    }
}
