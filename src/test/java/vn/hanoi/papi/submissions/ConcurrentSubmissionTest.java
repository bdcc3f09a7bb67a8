package vn.hanoi.papi.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Examples;

/** Twenty tablets' retries of the same new submission at the same moment store exactly one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSubmissionTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void twentyThreadsSendingTheSameNewSubmissionStoreExactlyOne() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] body = Examples.withId("2022-viet-hung-scheduled.json", id);
        Http http = new Http(port).as("kiemtra");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.postJson("/api/submissions", body);
            }));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Http.Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).extracting(Http.Response::json).containsOnly(responses.get(0).json());
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), StoredSubmission.class)).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("submissionId").is(id)), StoredFinding.class)).isEqualTo(18);
        assertThat(mongo.count(Query.query(Criteria.where("submissionId").is(id).and("action").is("SUBMITTED")),
                AuditEvent.class)).isEqualTo(1);
    }
}
