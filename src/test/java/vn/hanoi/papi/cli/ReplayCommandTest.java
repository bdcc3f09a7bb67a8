package vn.hanoi.papi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.papi.support.RuleFolders;

/** {@code replay} on the command line: the examples replayed with a lower TTHC threshold. */
class ReplayCommandTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    Path candidate() throws IOException {
        Path dir = RuleFolders.copyOfTheRules(tmp.resolve("candidate"));
        Path settings = dir.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 0.30"));
        return dir;
    }

    @Test
    void fromSubmissionFiles() throws IOException {
        Run run = run("replay", "--rules", candidate().toString(), "--from", "2022-01-01", "--to", "2025-12-31",
                "--submissions", "fixtures/submissions");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("4 phiếu kiểm tra từ 01/01/2022 đến 31/12/2025")
                .contains("Phát hiện: 37 → 36")
                .contains("TTHC-04: thêm 0, bớt 1, thay đổi 1")
                .contains("  - 5b7e2c1a-2024-4d1e-9a10-0a1b2c3d4e04 HN-XA-SOC-SON-MINH-TRI 05/03/2024 DOSSIERS MAJOR")
                .contains("  ~ 5b7e2c1a-2022-4d1e-9a10-0a1b2c3d4e01");
        assertThat(run.out().lines().filter(l -> !l.startsWith(" ") && l.contains(": thêm "))).hasSize(1);
    }

    @Test
    void fromTheEmbeddedStoreOfAStoppedService() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        MongoServer server = new MongoServer(new H2Backend(data.resolve("papi.mv").toString()));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            try (Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
                for (Path f : files.sorted().toList()) {
                    Document doc = Document.parse(Files.readString(f));
                    client.getDatabase("papi").getCollection("submissions")
                            .insertOne(new Document("_id", doc.getString("submissionId")).append("document", doc));
                }
            }
        } finally {
            server.shutdownNow();
        }
        Run run = run("replay", "--rules", candidate().toString(), "--from", "2024-01-01", "--to", "2024-12-31",
                "--data", data.toString(), "--json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"submissions\" : 2").contains("\"ruleId\" : \"TTHC-04\"");
    }

    @Test
    void aSubmissionsFolderThatDoesNotExistIsNamedWithoutAStackTrace() throws IOException {
        Run run = run("replay", "--rules", candidate().toString(), "--from", "2022-01-01", "--to", "2025-12-31",
                "--submissions", tmp.resolve("khong-co").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("Không có thư mục phiếu ").contains("khong-co").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBrokenCandidateIsRefusedWithItsFileAndLine() throws IOException {
        Path dir = candidate();
        RuleFolders.addBrokenRule(dir);
        Run run = run("replay", "--rules", dir.toString(), "--from", "2022-01-01", "--to", "2025-12-31",
                "--submissions", "fixtures/submissions");
        assertThat(run.exit()).isEqualTo(EvaluateCommand.ENGINE_UNAVAILABLE);
        assertThat(run.err()).contains(RuleFolders.BROKEN_RULE_AT);
        Files.delete(dir.resolve("broken.drl"));
        Run noStore = run("replay", "--rules", dir.toString(), "--from", "2022-01-01", "--to", "2025-12-31",
                "--data", tmp.resolve("nothing").toString());
        assertThat(noStore.exit()).isEqualTo(EvaluateCommand.ENGINE_UNAVAILABLE);
        assertThat(noStore.err()).contains("Không đọc được kho dữ liệu").contains("--submissions DIR");
    }
}
