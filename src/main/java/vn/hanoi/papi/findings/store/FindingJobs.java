package vn.hanoi.papi.findings.store;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.findings.FindingStatus;

/**
 * The scheduled jobs on findings. Each holds a lock in the store (ShedLock, collection {@code shedLock}) while it
 * runs, so that of several instances of the service one runs it; and each is safe to run again, so a second run
 * (another instance after the lock expired, a retry) changes nothing more.
 */
@Component
public class FindingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(FindingJobs.class);
    static final String MARK_OVERDUE = "mark-overdue";
    static final String AUDIT_REPAIR = "audit-repair";
    private static final String FINDINGS = "findings";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MongoTemplate mongo;
    private final PendingAudit audit;
    private final Clock clock;

    FindingJobs(MongoTemplate mongo, PendingAudit audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run did. */
    public record Result(int markedOverdue, int auditEventsRecovered) {
    }

    /** Every day shortly after midnight (Hà Nội time), on one instance. */
    @Scheduled(cron = "${papi.jobs.mark-overdue-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = MARK_OVERDUE, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void markOverdueDaily() {
        Result result = markOverdue();
        LOG.info("{}: {} phát hiện mới quá hạn, {} sự kiện nhật ký được ghi bù", MARK_OVERDUE, result.markedOverdue(),
                result.auditEventsRecovered());
    }

    /** Records the audit events that an interrupted change left on a finding (normally none). */
    @Scheduled(cron = "${papi.jobs.audit-repair-cron:0 */10 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = AUDIT_REPAIR, lockAtMostFor = "PT5M")
    public void repairAudit() {
        int recovered = audit.flush();
        if (recovered > 0) {
            LOG.warn("{}: {} sự kiện nhật ký còn treo đã được ghi bù", AUDIT_REPAIR, recovered);
        }
    }

    /** The same jobs on another clock (tests); called directly, they take no lock. */
    public FindingJobs at(Clock otherClock) {
        return new FindingJobs(mongo, audit, otherClock);
    }

    /**
     * Marks {@code overdue: true} and {@code overdueSince} on every finding whose remediation deadline is before
     * today and that still waits for its remedy (not CLOSED or DISMISSED), with one OVERDUE audit event each. A
     * finding is marked once: the update applies only to one not marked yet, at the version and status that were
     * read (a finding that changed meanwhile waits for the next run). The version does not change: a reviewer
     * working on the finding is not turned away by the job.
     */
    public Result markOverdue() {
        int recovered = audit.flush();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        ChangedBy job = ChangedBy.job(MARK_OVERDUE);
        Query candidates = Query.query(Criteria.where("status").in(FindingFilter.AWAITING)
                .and("remediationDue").lt(today).and("overdue").ne(true));
        candidates.fields().include("submissionId", "unit", "status", "version", "remediationDue");
        int marked = 0;
        for (Candidate f : mongo.find(candidates, Candidate.class, FINDINGS)) {
            long version = f.version() == null ? 0L : f.version();
            AuditEvent event = new AuditEvent("finding:" + f.id() + ":overdue", f.id(), f.submissionId(), f.unit(),
                    "OVERDUE", f.status().name(), f.status().name(), "Quá hạn khắc phục: hạn " + DAY.format(f.remediationDue())
                    + " đã qua mà phát hiện chưa được đóng.", job.actor(), now, job.address(), version, null, null);
            Query exactly = Query.query(Criteria.where("_id").is(f.id()).and("version").is(version)
                    .and("status").is(f.status()).and("overdue").ne(true));
            Update update = new Update().set("overdue", true).set("overdueSince", f.remediationDue().plusDays(1))
                    .set("overdueMarkedAt", now);
            // By collection name: through the entity class Spring Data would also bump the version (@Version).
            UpdateResult result = mongo.updateFirst(exactly, PendingAudit.carrying(update, event), FINDINGS);
            if (result.getModifiedCount() == 1) {
                audit.record(event);
                marked++;
            }
        }
        return new Result(marked, recovered);
    }

    /** What the job reads of a finding. */
    private record Candidate(@Id String id, String submissionId, String unit, FindingStatus status, Long version,
                             LocalDate remediationDue) {
    }
}
