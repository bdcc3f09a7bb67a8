package vn.hanoi.papi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "evaluate";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void jsonPrintsOneArrayOfTheFindingsOfAllFilesSortedByFileThenRuleThenSubject() throws IOException {
        List<String> files = new ArrayList<>(examples());
        java.util.Collections.reverse(files);
        Run run = run(Stream.concat(Stream.of("--json"), files.stream()).toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode findings = run.json();
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isEqualTo(18 + 5 + 13 + 1);
        assertThat(findings.get(0).propertyNames()).containsExactly("ruleId", "severity", "repeat", "unit", "papi",
                "leadAgency", "subject", "message", "legalBasis", "legalDeadline", "remediationDue", "facts");
        assertThat(findings.get(0).get("ruleId").asString()).isEqualTo("BUDGET-02");
        assertThat(findings.get(0).get("legalDeadline").asString()).isEqualTo("2022-01-27");
        assertThat(findings.get(0).get("facts").get("disclosedOn").isNull()).isTrue();
        List<String> units = new ArrayList<>();
        findings.forEach(f -> {
            String unit = f.get("unit").asString();
            if (units.isEmpty() || !units.get(units.size() - 1).equals(unit)) {
                units.add(unit);
            }
        });
        assertThat(units).containsExactly("HN-XA-DONG-ANH-VIET-HUNG", "HN-XA-SOC-SON-MINH-TRI", "HN-XA-DONG-ANH-UY-NO",
                "HN-PHUONG-HOAN-KIEM-HANG-TRONG");
    }

    @Test
    void aBadFileExitsNonZeroNamesEveryBadItemAndPrintsNoFindingForIt() throws IOException {
        String bad = "fixtures/invalid/2022-viet-hung-bad-items.json";
        Run run = run("--json", bad, examples().get(0));
        assertThat(run.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(run.err()).contains(bad,
                "BUDGET.ESTIMATE.DISCLOSED_ON", "BUDGET.ESTIMATE.DECISION_ISSUED", "BUDGET.POSTNG.DAYS",
                "BUDGET.POSTING.DAYS", "PIB.MEMBERS", "DOSSIERS[000.20.31.H26-220801-0001]", "COMPLAINTS");
        assertThat(run.json().size()).isEqualTo(18);
        run.json().forEach(f -> assertThat(f.get("unit").asString()).isEqualTo("HN-XA-DONG-ANH-VIET-HUNG"));

        Run alone = run("--json", bad);
        assertThat(alone.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(alone.json().size()).isZero();
    }

    @Test
    void aMissingFileIsNamed() {
        Run run = run("fixtures/submissions/nope.json");
        assertThat(run.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(run.err()).contains("nope.json", "không đọc được");
    }

    @Test
    void unreadableJsonIsExplainedInVietnameseWithTheServersWords(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"submissionId\": \"abc\", ");
        Run run = run(broken.toString());
        assertThat(run.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(run.err()).contains(broken + ": (JSON): không đọc được JSON (dòng 1, cột 25): hết nội dung khi tài liệu "
                + "JSON chưa kết thúc");
    }

    @Test
    void aFileStartingWithAByteOrderMarkIsReadAsWithout(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("bom.json");
        byte[] json = Files.readAllBytes(Path.of(examples().get(3)));
        Files.write(withBom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.write(withBom, json, java.nio.file.StandardOpenOption.APPEND);
        Run run = run("--json", withBom.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json()).isEqualTo(run("--json", examples().get(3)).json());
    }

    @Test
    void anInspectionDayWithASignedYearIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("signed.json");
        Files.writeString(file, Files.readString(Path.of(examples().get(1))).replace("\"inspectedOn\": \"2024-03-05\"",
                "\"inspectedOn\": \"+12024-03-05\""));
        Run run = run("--json", file.toString());
        assertThat(run.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(run.err()).contains(file + ": inspectedOn: thiếu hoặc sai ngày kiểm tra (YYYY-MM-DD), nhận \"+12024-03-05\"");
        assertThat(run.json().size()).isZero();
    }

    @Test
    void theTableIsForPeople() throws IOException {
        Run run = run(examples().get(0));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Xã Việt Hùng", "kiểm tra ngày 14/09/2022", "BUDGET-02", "MAJOR (Nặng)",
                "27/01/2022", "28/09/2022", "Không kiểm tra: PIB_REPORTS", "Tổng: 18 phát hiện");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(examples().get(3)))));
            Run run = run("--json", "-");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().size()).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anotherRegistryCanBeGivenWithUnits(@TempDir Path dir) throws IOException {
        Path units = dir.resolve("units.json");
        Files.writeString(units, """
                [{"code": "HN", "name": "Thành phố Hà Nội", "level": "CITY", "parent": null, "villages": 0, "remote": false, "cluster": null},
                 {"code": "HN-XA-DONG-ANH-VIET-HUNG", "name": "Xã Việt Hùng", "level": "COMMUNE", "parent": "HN", "villages": 3, "remote": false, "cluster": 3}]
                """);
        Run run = run("--json", "--units", units.toString(), examples().get(0), examples().get(1));
        assertThat(run.exit()).isEqualTo(EvaluateCommand.REJECTED);
        assertThat(run.err()).contains("HN-XA-SOC-SON-MINH-TRI", "không có trong danh mục");
        // With 3 villages, Việt Hùng needs no 5-member inspection board: PIB-01 is gone.
        assertThat(run.json().findValuesAsString("ruleId")).doesNotContain("PIB-01").contains("BUDGET-02");
    }

    /** What the command says of a registry file with {@code content}, with {@code FILE} for its path. */
    private static String registryProblem(Path dir, String content) throws IOException {
        Path units = dir.resolve("u.json");
        Files.writeString(units, content);
        Run run = run("--units", units.toString(), "fixtures/submissions/2024-minh-tri-surprise-land-dossiers.json");
        assertThat(run.exit()).isEqualTo(EvaluateCommand.ENGINE_UNAVAILABLE);
        assertThat(run.out()).isEmpty();
        return run.err().strip().replace(units.toString(), "FILE");
    }

    private static final String UNIT = "\"code\": \"X\", \"name\": \"Xã X\", \"level\": \"COMMUNE\", \"remote\": false";

    @Test
    void aBadRegistryIsExplainedInVietnameseNamingTheFileAndTheItem(@TempDir Path dir) throws IOException {
        assertThat(registryProblem(dir, "[{\"code\": \"X\"}]"))
                .isEqualTo("Danh mục đơn vị FILE không hợp lệ: [0].villages: thiếu (cần một số nguyên) (dòng 1, cột 14)");
        assertThat(registryProblem(dir, "{\"code\": \"X\"}"))
                .isEqualTo("Danh mục đơn vị FILE không hợp lệ: cần một danh sách (mảng JSON) (nhận một đối tượng) (dòng 1, cột 1)");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": 3}, {" + UNIT.replace("COMMUNE", "TOWN") + ", \"villages\": 3}]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [1].level: giá trị \"TOWN\" không hợp lệ; chấp nhận: CITY, ")
                .contains("COMMUNE", "DISTRICT", "DEPARTMENT", "CITY");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": \"tám\"}]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [0].villages: cần một số nguyên (nhận \"tám\")");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": 3, \"vilages\": 3}]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [0].vilages: trường không có trong định dạng (các trường: ")
                .contains("villages");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": 3, \"mergedOn\": \"2025-13-01\"}]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [0].mergedOn: ngày \"2025-13-01\" không tồn tại (dạng YYYY-MM-DD)");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": 3}, 3]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [1]: cần một đối tượng JSON");
        assertThat(registryProblem(dir, "[{" + UNIT + ", \"villages\": 99999999999}]"))
                .startsWith("Danh mục đơn vị FILE không hợp lệ: [0].villages: số 99999999999 vượt quá giới hạn cho phép");
        assertThat(registryProblem(dir, "")).isEqualTo("Danh mục đơn vị FILE không hợp lệ: nội dung trống: không có tài liệu JSON");
    }

    @Test
    void aMissingRegistryIsNamed(@TempDir Path dir) {
        Run run = run("--units", dir.resolve("nope.json").toString(), "fixtures/submissions/2024-minh-tri-surprise-land-dossiers.json");
        assertThat(run.exit()).isEqualTo(EvaluateCommand.ENGINE_UNAVAILABLE);
        assertThat(run.err().strip()).isEqualTo("Không đọc được danh mục đơn vị " + dir.resolve("nope.json") + ": không có tệp này");
    }

    @Test
    void aBrokenRegistryStopsTheCommandWithItsReason(@TempDir Path dir) throws IOException {
        Path units = dir.resolve("units.json");
        Files.writeString(units, "[{\"code\": \"X\"");
        Run run = run("--units", units.toString(), examples().get(0));
        assertThat(run.exit()).isEqualTo(EvaluateCommand.ENGINE_UNAVAILABLE);
        assertThat(run.err()).contains("units.json", "hết nội dung khi tài liệu JSON chưa kết thúc").doesNotContain("Unexpected");
        assertThat(run.out()).isEmpty();
    }
}
