package vn.hanoi.papi.evidence;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceConfiguration.class);

    /**
     * The look-ups by submission (list, and the duplicate check by submissionId + sha256) use an index on the
     * GridFS files collection. Creating an index that exists is a no-op, so this is safe at every start.
     */
    @Bean
    ApplicationRunner evidenceIndexes(MongoTemplate mongo, @Value("${spring.data.mongodb.gridfs.bucket:fs}") String bucket) {
        return (ApplicationArguments args) -> mongo.indexOps(bucket + ".files").createIndex(new Index()
                .on("metadata.submissionId", Sort.Direction.ASC)
                .on("metadata.sha256", Sort.Direction.ASC)
                .named("evidence_submission_sha256"));
    }

    /**
     * Spring's multipart limits must stay above {@code papi.evidence.max-size}: otherwise a photo between the two
     * is cut off by Spring with a generic message instead of ours naming the file. Warn at start when they are not.
     */
    @Bean
    ApplicationRunner evidenceLimitCheck(EvidenceProperties evidence, Environment env) {
        return args -> {
            // Spring Boot's defaults: 1MB per file, 10MB per request; -1 is no limit.
            Map<String, DataSize> limits = Map.of("spring.servlet.multipart.max-file-size", DataSize.ofMegabytes(1),
                    "spring.servlet.multipart.max-request-size", DataSize.ofMegabytes(10));
            for (Map.Entry<String, DataSize> entry : limits.entrySet()) {
                String key = entry.getKey();
                DataSize limit = env.getProperty(key, DataSize.class, entry.getValue());
                if (limit.toBytes() >= 0 && limit.toBytes() <= evidence.maxSize().toBytes()) {
                    LOG.warn("{} ({}) is not above papi.evidence.max-size ({}): raise it a little above", key, limit,
                            evidence.maxSize());
                }
            }
        };
    }
}
