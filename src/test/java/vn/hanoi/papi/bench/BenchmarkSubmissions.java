package vn.hanoi.papi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.engine.Engine;

/**
 * The benchmark's input: the standard commune checklist fully answered (the 2022 Việt Hùng example, every
 * section present) with its dossier sample grown to {@code dossiers} rows — on time, late, land-related,
 * apologised or not, not yet due — as an inspection team logs them.
 */
public final class BenchmarkSubmissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchmarkSubmissions() {
    }

    /** A sample where one dossier in {@code overdueEvery} is late or unreturned (Hà Nội's communes: about 1 in 20). */
    public static Submission standardChecklist(Engine engine, int dossiers, int overdueEvery) throws IOException {
        return engine.validator().parse(JSON.writeValueAsBytes(standardChecklistDocument(dossiers, overdueEvery)));
    }

    /** The same as {@link #standardChecklist}, as the JSON document a tablet sends. */
    public static ObjectNode standardChecklistDocument(int dossiers, int overdueEvery) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("fixtures/submissions/2022-viet-hung-scheduled.json")));
        ObjectNode records = (ObjectNode) doc.get("records");
        records.set("DOSSIERS", JSON.valueToTree(dossierRows(dossiers, overdueEvery)));
        records.set("DENUNCIATIONS", JSON.valueToTree(List.of(Map.of("code", "TC-2022-01", "receivedOn", "2022-04-04",
                "initialHandledOn", "2022-04-20", "multiSiteCheck", false, "acceptedOn", "2022-04-20",
                "complexity", "COMPLEX", "extensions", 1, "resolvedOn", "2022-06-30"))));
        return doc;
    }

    /**
     * A city-year of stored submissions: {@code n} inspections under fresh ids, half of them the full standard
     * checklist with {@code dossiers} dossier rows, the other half the four examples in turn.
     */
    public static List<Submission> cityYear(Engine engine, int n, int dossiers) throws IOException {
        List<ObjectNode> models = new ArrayList<>();
        models.add(standardChecklistDocument(dossiers, 20));
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
            for (Path file : files.sorted().toList()) {
                models.add((ObjectNode) JSON.readTree(Files.readAllBytes(file)));
            }
        }
        List<Submission> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode doc = i % 2 == 0 ? models.get(0).deepCopy() : models.get(1 + (i / 2) % (models.size() - 1)).deepCopy();
            doc.put("submissionId", java.util.UUID.nameUUIDFromBytes(("city-year-" + i).getBytes()).toString());
            all.add(engine.validator().parse(JSON.writeValueAsBytes(doc)));
        }
        return all;
    }

    private static List<Map<String, Object>> dossierRows(int n, int overdueEvery) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        LocalDate first = LocalDate.parse("2022-01-04");
        for (int i = 0; i < n; i++) {
            LocalDate received = first.plusDays((i * 7L) % 230);
            LocalDate due = received.plusDays(3 + i % 20);
            LocalDate result;
            if (i % overdueEvery != overdueEvery - 1) {
                result = due.minusDays(i % 3);                // on time
            } else if (i % 2 == 0) {
                result = due.plusDays(1 + i % 6);             // late
            } else {
                result = null;                                // not returned
            }
            if (result != null && result.isAfter(LocalDate.parse("2022-09-14"))) {
                result = null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", String.format("000.20.31.H26-%s-%04d", received.toString().replace("-", "").substring(2), i));
            row.put("procedure", i % 4 == 0 ? "Đăng ký biến động quyền sử dụng đất" : "Chứng thực bản sao từ bản chính");
            row.put("landCertificate", i % 4 == 0);
            row.put("receivedOn", received.toString());
            row.put("dueOn", due.toString());
            row.put("resultOn", result == null ? null : result.toString());
            row.put("apologyOn", i % 10 == 3 ? due.minusDays(2).toString() : null);
            row.put("reschedules", i % 37 == 0 ? 2 : 0);
            row.put("supplementRequests", i % 23 == 0 ? 2 : 1);
            rows.add(row);
        }
        return rows;
    }
}
