package vn.hanoi.papi.storage;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: an in-process MongoDB-wire server (mongo-java-server) whose H2 MVStore backend keeps
 * the data in {@code ./data/papi.mv}, so that a restart keeps everything. It has no transactions: every write
 * of the service is atomic on one document and safe to repeat.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoCondition.class)
class EmbeddedMongoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    static final String DATABASE = "papi";

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(StorageProperties properties) {
        H2Backend backend;
        if (properties.inMemory()) {
            backend = H2Backend.inMemory();
        } else {
            try {
                Files.createDirectories(properties.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Không tạo được thư mục dữ liệu " + properties.dataDir(), e);
            }
            backend = new H2Backend(properties.dataDir().resolve("papi.mv").toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", properties.port());
        LOG.info("Embedded MongoDB-wire server on {} (data: {})", server.getLocalAddress(),
                properties.inMemory() ? "in memory" : properties.dataDir().toAbsolutePath().resolve("papi.mv"));
        return server;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString uri = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE);
        return () -> uri;
    }
}
