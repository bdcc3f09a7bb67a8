package vn.hanoi.papi.findings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Workflow.ok;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Workflow;

/**
 * The scheduled jobs: marking overdue findings (run directly with a fixed clock, twice), recording audit events
 * an interrupted change left pending, and the ShedLock lock in the embedded store that lets one instance run a job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingJobsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Value("${local.server.port}")
    int port;

    @Autowired
    FindingJobs jobs;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FindingStore store;

    @Autowired
    LockProvider locks;

    Http http;
    Workflow flow;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
    }

    private static Clock at(String localDateTime) {
        return Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), HANOI).toInstant(), HANOI);
    }

    private Document raw(String id) {
        return mongo.findById(id, Document.class, "findings");
    }

    private List<JsonNode> events(String id, String action) {
        List<JsonNode> all = new java.util.ArrayList<>();
        flow.audit(id).forEach(all::add);
        return all.stream().filter(e -> e.get("action").asString().equals(action)).toList();
    }

    @Test
    void aFindingIsMarkedOverdueOnceTheDayAfterItsDeadlineAndRunningTheJobAgainChangesNothing() {
        JsonNode open = flow.newFinding();
        String id = open.get("id").asString();
        String dismissed = ok(flow.review(flow.newFinding().get("id").asString(), "DISMISS", "Ghi nhầm", 0)).get("id").asString();

        // On the deadline itself it is not overdue yet.
        jobs.at(at("2022-10-12T23:59:00")).markOverdue();
        assertThat(raw(id).get("overdue")).isNull();
        assertThat(events(id, "OVERDUE")).isEmpty();
        // The API, whose clock is long past the deadline, already calls it overdue, and since when: the day the job
        // will store.
        JsonNode beforeTheJob = flow.current(id);
        assertThat(beforeTheJob.get("overdue").asBoolean()).isTrue();
        assertThat(beforeTheJob.get("overdueSince").asString()).isEqualTo("2022-10-13");

        FindingJobs.Result first = jobs.at(at("2022-10-13T00:05:00")).markOverdue();
        assertThat(first.markedOverdue()).isPositive();
        Document marked = raw(id);
        assertThat(marked.getBoolean("overdue")).isTrue();
        assertThat(marked.get("overdueSince", Date.class).toInstant()).isEqualTo(Instant.parse("2022-10-13T00:00:00Z"));
        assertThat(marked.get("version", Number.class).longValue()).isZero();      // a reviewer is not turned away
        Object markedAt = marked.get("overdueMarkedAt");
        assertThat(events(id, "OVERDUE")).singleElement().satisfies(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("system:mark-overdue");
            assertThat(e.get("fromStatus").asString()).isEqualTo("OPEN");
            assertThat(e.get("toStatus").asString()).isEqualTo("OPEN");
            assertThat(e.get("reason").asString()).contains("12/10/2022");
            assertThat(e.get("address").isNull()).isTrue();
        });
        assertThat(raw(dismissed).get("overdue")).isEqualTo(false);
        assertThat(events(dismissed, "OVERDUE")).isEmpty();

        // Twice more, the same day and a week later: nothing new.
        assertThat(jobs.at(at("2022-10-13T00:05:00")).markOverdue().markedOverdue()).isZero();
        jobs.at(at("2022-10-20T00:05:00")).markOverdue();
        assertThat(raw(id).get("overdueMarkedAt")).isEqualTo(markedAt);
        assertThat(events(id, "OVERDUE")).hasSize(1);
        assertThat(flow.current(id).get("overdueSince").asString()).isEqualTo("2022-10-13");

        // The unmarked-version rule: the reviewer's version 0 still works after the job.
        JsonNode confirmed = ok(flow.review(id, "CONFIRM", null, 0));
        assertThat(confirmed.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void closingAnOverdueFindingClearsTheMarkButKeepsSinceWhen() {
        JsonNode f = flow.newFinding();
        String id = f.get("id").asString();
        ok(flow.review(id, "CONFIRM", null, 0));
        jobs.at(at("2022-11-01T00:05:00")).markOverdue();
        assertThat(raw(id).getBoolean("overdue")).isTrue();
        String photo = flow.photo(f.get("submissionId").asString());
        JsonNode remedied = ok(flow.remediation(id, "Đã niêm yết lại", List.of(photo), 1));
        assertThat(remedied.get("overdue").asBoolean()).isTrue();                  // still waiting for the check
        JsonNode closed = ok(flow.verification(id, "CLOSE", null, 2));
        assertThat(closed.get("overdue").asBoolean()).isFalse();
        assertThat(closed.get("overdueSince").asString()).isEqualTo("2022-10-13");
        assertThat(raw(id).getBoolean("overdue")).isFalse();
        jobs.at(at("2022-11-02T00:05:00")).markOverdue();
        assertThat(raw(id).getBoolean("overdue")).isFalse();
        assertThat(events(id, "OVERDUE")).hasSize(1);
    }

    @Test
    void theOverdueFilterFindsMarkedFindingsAndThoseWhoseDeadlinePassed() {
        String marked = flow.newFinding().get("id").asString();
        jobs.at(at("2022-10-13T00:05:00")).markOverdue();
        String unmarked = flow.newFinding().get("id").asString();                   // due 12/10/2022, not marked yet
        String closed = flow.newFinding().get("id").asString();
        ok(flow.review(closed, "DISMISS", "Không phải vi phạm", 0));

        // As of a day before the deadline only the job's mark makes a finding overdue.
        LocalDate early = LocalDate.parse("2022-10-01");
        assertThat(ids(store.search(filter(true, early), 0, 500))).contains(marked).doesNotContain(unmarked, closed);
        assertThat(ids(store.search(filter(false, early), 0, 500))).contains(unmarked, closed).doesNotContain(marked);
        // As of today (the API's clock) the deadline has passed for both open ones.
        assertThat(apiIds("true")).contains(marked, unmarked).doesNotContain(closed);
        assertThat(apiIds("false")).contains(closed).doesNotContain(marked, unmarked);
        assertThat(http.get("/api/findings?overdue=sometimes").status()).isEqualTo(400);
    }

    @Test
    void anAuditEventLeftPendingByAnInterruptedChangeIsRecordedOnceByTheNextRun() {
        String id = flow.newFinding().get("id").asString();
        // A review that stopped right after its update: the finding changed, its event is still on it.
        AuditEvent lost = new AuditEvent("finding:" + id + ":v1", id, null, Workflow.UNIT, "REVIEW_CONFIRM", "OPEN",
                "CONFIRMED", null, "api", Instant.parse("2022-10-12T03:00:00Z"), "127.0.0.1", 1L, null, null);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), PendingAudit.carrying(
                new Update().set("status", FindingStatus.CONFIRMED).inc("version", 1), lost), StoredFinding.class);
        assertThat(flow.audit(id).size()).isZero();
        assertThat(raw(id).getList(PendingAudit.FIELD, Document.class)).hasSize(1);

        jobs.repairAudit();
        jobs.at(at("2022-10-13T00:05:00")).markOverdue();                         // flushes too: nothing left to do

        assertThat(flow.audit(id)).extracting(e -> e.get("id").asString())
                .containsExactly("finding:" + id + ":v1", "finding:" + id + ":overdue");
        assertThat(raw(id).getList(PendingAudit.FIELD, Document.class)).isEmpty();
    }

    @Test
    void whileAnotherInstanceHoldsTheLockTheJobDoesNotRunAndAfterwardsItRunsOnce() {
        // The lock is one findOneAndUpdate with upsert on the shedLock collection of the embedded server.
        Optional<SimpleLock> held = locks.lock(new LockConfiguration(Instant.now(), FindingJobs.MARK_OVERDUE,
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(held).as("the lock is free at first").isPresent();
        assertThat(locks.lock(new LockConfiguration(Instant.now(), FindingJobs.MARK_OVERDUE, Duration.ofMinutes(1),
                Duration.ZERO))).as("a second instance cannot take it").isEmpty();

        String id = flow.newFinding().get("id").asString();                        // overdue since 13/10/2022
        jobs.markOverdueDaily();                                                   // as the scheduler calls it
        assertThat(raw(id).get("overdue")).as("skipped while locked").isNull();

        held.get().unlock();
        jobs.markOverdueDaily();
        assertThat(raw(id).getBoolean("overdue")).isTrue();
        Document lock = mongo.findById(FindingJobs.MARK_OVERDUE, Document.class, "shedLock");
        assertThat(lock.getString("lockedBy")).isNotBlank();
        // Held at least 5 minutes after a run, so an instance whose clock lags does not run it again.
        assertThat(lock.getDate("lockUntil").toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(4)));

        String later = flow.newFinding().get("id").asString();
        jobs.markOverdueDaily();
        assertThat(raw(later).get("overdue")).isNull();
        assertThat(events(id, "OVERDUE")).hasSize(1);
    }

    private static FindingFilter filter(boolean overdue, LocalDate today) {
        return new FindingFilter(Workflow.UNIT, null, null, null, null, null, overdue, today);
    }

    private static List<String> ids(FindingStore.FindingPage page) {
        return page.content().stream().map(StoredFinding::id).toList();
    }

    private List<String> apiIds(String overdue) {
        Http.Response r = http.get("/api/findings?unit=" + Workflow.UNIT + "&overdue=" + overdue + "&size=500");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        r.json().get("content").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }
}
