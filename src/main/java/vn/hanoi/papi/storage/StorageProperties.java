package vn.hanoi.papi.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded store ({@code papi.storage.*}), used when no {@code spring.mongodb.uri} is configured.
 *
 * @param dataDir where the embedded server keeps its file ({@code papi.mv}); the word {@code memory} keeps
 *                everything in memory instead (tests)
 * @param port    the port the embedded server listens on, on 127.0.0.1; 0 picks a free one
 * @param seedExamples store the example submissions at the first start of an empty embedded store
 */
@ConfigurationProperties("papi.storage")
public record StorageProperties(Path dataDir, int port, boolean seedExamples) {

    public StorageProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean inMemory() {
        return dataDir.toString().equals("memory");
    }
}
