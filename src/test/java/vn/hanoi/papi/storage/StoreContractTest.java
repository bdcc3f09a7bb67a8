package vn.hanoi.papi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.findings.store.FindingFilter;
import vn.hanoi.papi.findings.store.FindingStore;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.findings.store.UnitHistory;
import vn.hanoi.papi.submissions.StoredSubmission;

/**
 * The storage contract the service relies on, run against the embedded server and, in the same class, against a
 * real MongoDB in a Testcontainers container wherever Docker exists (skipped, not faked, where it does not).
 */
class StoreContractTest {

    /** The same mapping the service uses: java.time through the driver's own codecs. */
    static MongoTemplate template(MongoClient client) {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, "papi_" + UUID.randomUUID().toString().substring(0, 8));
        MongoCustomConversions conversions = MongoCustomConversions.create(a -> a.useNativeDriverJavaTimeCodecs());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }

    abstract static class Contract {

        MongoClient client;
        MongoTemplate mongo;
        FindingStore findings;

        abstract String uri();

        @BeforeEach
        void connect() {
            client = MongoClients.create(uri());
            mongo = template(client);
            findings = new FindingStore(mongo, Clock.fixed(Instant.parse("2022-09-14T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        }

        @AfterEach
        void close() {
            mongo.getDb().drop();
            client.close();
        }

        private static Finding finding(String ruleId, String subject, Severity severity) {
            return finding(ruleId, subject, severity, "HN-XA-DONG-ANH-VIET-HUNG");
        }

        private static Finding finding(String ruleId, String subject, Severity severity, String unit) {
            return new Finding(ruleId, severity, false, unit, "2.3", "SO-TAI-CHINH", subject,
                    "Chưa công khai dự toán (hạn 27/01/2022).", "Thông tư 343/2016/TT-BTC, Điều 15 khoản 2",
                    LocalDate.parse("2022-01-27"), LocalDate.parse("2022-09-28"),
                    Map.of("approvedOn", LocalDate.parse("2021-12-28"), "daysLate", 230L));
        }

        @Test
        void aSubmissionIdIsStoredOnceAndASecondInsertIsRefused() {
            StoredSubmission s = new StoredSubmission("S-1", "hash", "HN-XA-DONG-ANH-VIET-HUNG", LocalDate.parse("2022-09-14"),
                    "SCHEDULED", "COMMUNE-PAPI", 1, List.of("POOR"), 1, List.of("F-1"), "v1", Instant.parse("2022-09-14T03:00:00Z"),
                    new org.bson.Document("submissionId", "S-1"));
            mongo.insert(s);
            assertThatThrownBy(() -> mongo.insert(s)).isInstanceOf(DuplicateKeyException.class);
            StoredSubmission read = mongo.findById("S-1", StoredSubmission.class);
            assertThat(read.inspectedOn()).isEqualTo(LocalDate.parse("2022-09-14"));
            assertThat(read.receivedAt()).isEqualTo(Instant.parse("2022-09-14T03:00:00Z"));
        }

        @Test
        void findingsAreStoredOnceAndARetryNeverOverwritesAReviewedOne() {
            findings.storeIfAbsent("S-1", LocalDate.parse("2022-09-14"), List.of(finding("BUDGET-02", "BUDGET.ESTIMATE", Severity.MAJOR)));
            String id = FindingStore.idOf("S-1", "BUDGET-02", "BUDGET.ESTIMATE");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("status", FindingStatus.CONFIRMED).inc("version", 1), StoredFinding.class);
            findings.storeIfAbsent("S-1", LocalDate.parse("2022-09-14"), List.of(finding("BUDGET-02", "BUDGET.ESTIMATE", Severity.MAJOR)));
            List<StoredFinding> stored = findings.ofSubmission("S-1");
            assertThat(stored).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(FindingStatus.CONFIRMED);
                assertThat(f.version()).isEqualTo(1L);
                assertThat(f.legalDeadline()).isEqualTo(LocalDate.parse("2022-01-27"));
                assertThat(f.facts()).containsEntry("approvedOn", "2021-12-28").containsEntry("daysLate", 230L);
            });
        }

        @Test
        void findingsAreFilteredByUnitRuleSeverityStatusAndDateAndPaged() {
            findings.storeIfAbsent("S-1", LocalDate.parse("2022-09-14"), List.of(
                    finding("BUDGET-02", "BUDGET.ESTIMATE", Severity.MAJOR),
                    finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR)));
            findings.storeIfAbsent("S-2", LocalDate.parse("2023-09-14"), List.of(finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR)));
            var minor = findings.search(new FindingFilter("HN-XA-DONG-ANH-VIET-HUNG", "BUDGET-06", Severity.MINOR,
                    FindingStatus.OPEN, null, null), 0, 1);
            assertThat(minor.totalElements()).isEqualTo(2);
            assertThat(minor.content()).singleElement().satisfies(f -> assertThat(f.inspectedOn()).isEqualTo(LocalDate.parse("2023-09-14")));
            var in2022 = findings.search(new FindingFilter(null, null, null, null, LocalDate.parse("2022-01-01"),
                    LocalDate.parse("2022-12-31")), 0, 10);
            assertThat(in2022.totalElements()).isEqualTo(2);
            assertThat(findings.search(new FindingFilter("{\"$ne\": \"x\"}", null, null, null, null, null), 0, 10).totalElements()).isZero();
        }

        /** A district's filter: the units given (its communes), each compared as a literal, together with the rest. */
        @Test
        void findingsAreFilteredByAListOfUnits() {
            findings.storeIfAbsent("S-1", LocalDate.parse("2022-09-14"), List.of(
                    finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR, "HN-XA-DONG-ANH-VIET-HUNG")));
            findings.storeIfAbsent("S-2", LocalDate.parse("2022-09-15"), List.of(
                    finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR, "HN-XA-DONG-ANH-UY-NO"),
                    finding("BUDGET-02", "BUDGET.ESTIMATE", Severity.MAJOR, "HN-XA-DONG-ANH-UY-NO")));
            findings.storeIfAbsent("S-3", LocalDate.parse("2022-09-16"), List.of(
                    finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR, "HN-XA-SOC-SON-MINH-TRI")));
            List<String> dongAnh = List.of("HN-XA-DONG-ANH-VIET-HUNG", "HN-XA-DONG-ANH-UY-NO", "HN-XA-DONG-ANH-CO-LOA");

            var inDongAnh = findings.search(new FindingFilter(null, null, null, null, null, null, null, null, dongAnh), 0, 10);
            assertThat(inDongAnh.totalElements()).isEqualTo(3);
            assertThat(inDongAnh.content()).extracting(StoredFinding::unit).doesNotContain("HN-XA-SOC-SON-MINH-TRI");
            var minorInDongAnh = findings.search(new FindingFilter(null, null, Severity.MINOR, null, null, null, null, null,
                    dongAnh), 0, 10);
            assertThat(minorInDongAnh.totalElements()).isEqualTo(2);
            // A unit outside the list: nothing, even if asked for by name.
            assertThat(findings.search(new FindingFilter("HN-XA-SOC-SON-MINH-TRI", null, null, null, null, null, null, null,
                    dongAnh), 0, 10).totalElements()).isZero();
            assertThat(findings.search(new FindingFilter("HN-XA-DONG-ANH-UY-NO", null, null, null, null, null, null, null,
                    dongAnh), 0, 10).totalElements()).isEqualTo(2);
            assertThat(findings.search(new FindingFilter(null, null, null, null, null, null, null, null, List.of()), 0, 10)
                    .totalElements()).isZero();
            assertThat(findings.search(new FindingFilter(null, null, null, null, null, null, null, null,
                    List.of("{\"$ne\": \"x\"}")), 0, 10).totalElements()).isZero();
        }

        @Test
        void confirmedFindingsOfEarlierInspectionsAreFoundForTheHistoryRules() {
            UnitHistory history = new UnitHistory(mongo);
            findings.storeIfAbsent("S-1", LocalDate.parse("2022-09-14"), List.of(finding("BUDGET-06", "BUDGET.POSTING", Severity.MINOR)));
            assertThat(history.confirmedBefore("HN-XA-DONG-ANH-VIET-HUNG", LocalDate.parse("2023-01-01"))).isEmpty();
            StoredFinding confirmed = findings.ofSubmission("S-1").get(0);
            history.recordConfirmed(confirmed);
            history.recordConfirmed(confirmed);                       // a repeat adds nothing
            assertThat(history.confirmedBefore("HN-XA-DONG-ANH-VIET-HUNG", LocalDate.parse("2023-01-01")))
                    .singleElement().satisfies(e -> {
                        assertThat(e.ruleId()).isEqualTo("BUDGET-06");
                        assertThat(e.inspectedOn()).isEqualTo(LocalDate.parse("2022-09-14"));
                        assertThat(e.remediationDue()).isEqualTo(LocalDate.parse("2022-09-28"));
                    });
            assertThat(history.confirmedBefore("HN-XA-DONG-ANH-VIET-HUNG", LocalDate.parse("2022-09-14"))).isEmpty();
            assertThat(history.confirmedBefore("HN-XA-SOC-SON-MINH-TRI", LocalDate.parse("2023-01-01"))).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EmbeddedServer extends Contract {

        private final MongoServer server = new MongoServer(H2Backend.inMemory());
        private final String uri = server.bindAndGetConnectionString();

        @Override
        String uri() {
            return uri;
        }

        @AfterAll
        void stop() {
            server.shutdownNow();
        }
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class RealMongoDb extends Contract {

        @Container
        static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

        @Override
        String uri() {
            return MONGO.getReplicaSetUrl();
        }
    }
}
