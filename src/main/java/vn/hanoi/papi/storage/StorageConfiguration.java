package vn.hanoi.papi.storage;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Storage settings shared by the embedded and the real MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    /** LocalDate and Instant through the driver's own codecs: no shift with the JVM's time zone. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs());
    }

    /**
     * Boot's Mongo health check sends {@code hello}, which the embedded server does not know; {@code ping}
     * works on both. The bean's name replaces Boot's contributor.
     */
    @Bean
    HealthIndicator mongoHealthContributor(MongoClient client) {
        return new AbstractHealthIndicator() {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
                builder.up().withDetail("ping", answer.get("ok"));
            }
        };
    }
}
