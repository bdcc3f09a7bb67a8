package vn.hanoi.papi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.papi.PapiApplication;

/**
 * End to end over HTTP with the embedded store (its file in a temporary folder): new submissions — the examples
 * under fresh ids — posted by concurrent clients for a while; prints throughput and latency percentiles.
 * Target (PRODUCT.md): ≥ 300 submissions/s sustained on 2 cores, p99 ≤ 100 ms.
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec -Dbench.main=vn.hanoi.papi.bench.HttpLoadBenchmark -Dbench.args="8 20 30"</pre>
 * arguments: clients, warm-up seconds, measured seconds; {@code -Dbench.user=kiemtra:demo} when sign-in is on.
 */
public final class HttpLoadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path data = Files.createTempDirectory("papi-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PapiApplication.class).run(
                "--server.port=0", "--papi.storage.data-dir=" + data, "--papi.storage.seed-examples=false",
                "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<ObjectNode> examples = examples();
            System.out.println("warm-up: " + run(port, examples, clients, warmUp, null) + " stored");
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            int done = run(port, examples, clients, measured, latencies);
            System.out.println("measured run done");
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("clients %d, %d s: %d submissions stored, %.0f submissions/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    clients, measured, done, done / (double) measured, ms(sorted, 0.50), ms(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1e6);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used %d MB of max %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
        System.exit(0);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }

    private static List<ObjectNode> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("fixtures/submissions"))) {
            List<ObjectNode> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                docs.add((ObjectNode) JSON.readTree(Files.readAllBytes(f)));
            }
            return docs;
        }
    }

    /** Posts new submissions for {@code seconds}; returns how many were stored (201). */
    private static int run(int port, List<ObjectNode> examples, int clients, int seconds, List<Long> latencies)
            throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String user = System.getProperty("bench.user");
        String auth = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(user.getBytes());
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    ObjectNode doc = examples.get((client + i++) % examples.size()).deepCopy();
                    doc.put("submissionId", UUID.randomUUID().toString());
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(doc)));
                    if (auth != null) {
                        request.header("Authorization", auth);
                    }
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 201) {
                            stored.incrementAndGet();
                            if (latencies != null) {
                                latencies.add(System.nanoTime() - t);
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (failed.get() > 0) {
            System.out.println("not stored: " + failed.get());
        }
        return stored.get();
    }
}
