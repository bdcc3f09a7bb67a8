package vn.hanoi.papi.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.engine.PapiProperties;
import vn.hanoi.papi.findings.store.ChangedBy;
import vn.hanoi.papi.storage.StorageProperties;

/**
 * At the first start of an empty store, the example submissions of {@code fixtures/submissions} go in through
 * the same path as a tablet's, so a newcomer sees findings at once. Safe to repeat: submissions are idempotent.
 */
@Component
class ExampleSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleSeeder.class);

    private final SubmissionService submissions;
    private final MongoTemplate mongo;
    private final StorageProperties storage;
    private final PapiProperties papi;

    ExampleSeeder(SubmissionService submissions, MongoTemplate mongo, StorageProperties storage, PapiProperties papi) {
        this.submissions = submissions;
        this.mongo = mongo;
        this.storage = storage;
        this.papi = papi;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path folder = papi.fixturesDir().resolve("submissions");
        if (!storage.seedExamples() || mongo.estimatedCount(StoredSubmission.class) > 0 || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                SubmissionService.Outcome outcome = submissions.submit(Files.readAllBytes(file), ChangedBy.job("seed-examples"));
                LOG.info("Example {} stored: {} findings", file.getFileName(), outcome.view().findings().size());
            }
        }
    }
}
