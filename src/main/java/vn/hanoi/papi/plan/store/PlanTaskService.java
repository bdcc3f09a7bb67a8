package vn.hanoi.papi.plan.store;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.engine.PapiProperties;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.ChangedBy;
import vn.hanoi.papi.plan.PlanDefinition;
import vn.hanoi.papi.plan.PlanTask;
import vn.hanoi.papi.plan.PlanTaskStatus;
import vn.hanoi.papi.plan.PlanTracker;

/**
 * The plan's tasks in the store ({@code plan_tasks}), seeded from {@code fixtures/plan/kh-164-2022.json} at the first
 * start; Sở Nội vụ records their status; the plan tracker reviews them with the rules in service (PLAN-01).
 */
@Service
public class PlanTaskService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanTaskService.class);

    /** The longest note a status change may carry. */
    public static final int MAX_NOTE = 2000;
    /** Kế hoạch 164/KH-UBND was signed on 13/6/2022: no task of it was done before. */
    static final LocalDate PLAN_SIGNED = LocalDate.of(2022, 6, 13);

    private final MongoTemplate mongo;
    private final Engine engine;
    private final PapiProperties papi;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanTracker tracker;

    public PlanTaskService(MongoTemplate mongo, Engine engine, PapiProperties papi, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.engine = engine;
        this.papi = papi;
        this.audit = audit;
        this.clock = clock;
        this.tracker = new PlanTracker(engine.currentRules(), engine.calendar());
    }

    /** A status change: {@code doneOn} is required for DONE and refused otherwise; {@code version} is the one read. */
    public record StatusChange(PlanTaskStatus status, LocalDate doneOn, String note, long version) {
    }

    @PostConstruct
    void seed() {
        if (mongo.estimatedCount(StoredPlanTask.class) > 0) {
            return;
        }
        List<PlanTask> tasks = PlanDefinition.load(papi.fixturesDir(), EngineSources.CLASSPATH_ROOT);
        for (int i = 0; i < tasks.size(); i++) {
            try {
                mongo.insert(StoredPlanTask.seed(tasks.get(i), i));
            } catch (org.springframework.dao.DuplicateKeyException seededMeanwhile) {
                // another instance seeded it first
            }
        }
        LOG.info("Plan tasks seeded: {}", tasks.size());
    }

    public List<StoredPlanTask> all() {
        return mongo.find(new Query().with(Sort.by("order")), StoredPlanTask.class);
    }

    public StoredPlanTask get(String number) {
        StoredPlanTask task = mongo.findById(number, StoredPlanTask.class);
        if (task == null) {
            throw new PlanTaskNotFoundException(number);
        }
        return task;
    }

    /**
     * What is wrong with a status change before it is tried, every problem once (empty when nothing is): a status and
     * the version read are required; a day done is required for DONE, refused otherwise, and never after today.
     */
    public List<StatusProblem> check(PlanTaskStatus status, LocalDate doneOn, String note, Long version) {
        List<StatusProblem> problems = new ArrayList<>();
        if (status == null) {
            problems.add(new StatusProblem(StatusProblem.Code.STATUS_REQUIRED, "status",
                    "bắt buộc: NOT_STARTED, IN_PROGRESS hoặc DONE"));
        }
        if (version == null) {
            problems.add(new StatusProblem(StatusProblem.Code.VERSION_REQUIRED, "version",
                    "bắt buộc: phiên bản của nhiệm vụ khi đọc"));
        }
        if (version != null && version < 0) {
            problems.add(new StatusProblem(StatusProblem.Code.VERSION_NEGATIVE, "version",
                    "phiên bản không âm (nhận " + version + ")"));
        }
        if (status == PlanTaskStatus.DONE && doneOn == null) {
            problems.add(new StatusProblem(StatusProblem.Code.DONE_ON_REQUIRED, "doneOn", "bắt buộc khi trạng thái là DONE"));
        }
        if (status != null && status != PlanTaskStatus.DONE && doneOn != null) {
            problems.add(new StatusProblem(StatusProblem.Code.DONE_ON_NOT_DONE, "doneOn", "chỉ ghi khi trạng thái là DONE"));
        }
        if (doneOn != null && doneOn.isAfter(today())) {
            problems.add(new StatusProblem(StatusProblem.Code.DONE_ON_IN_FUTURE, "doneOn",
                    "ngày " + doneOn + " sau ngày hôm nay"));
        }
        if (doneOn != null && doneOn.isBefore(PLAN_SIGNED)) {
            problems.add(new StatusProblem(StatusProblem.Code.DONE_ON_BEFORE_PLAN, "doneOn",
                    "ngày " + doneOn + " trước ngày ban hành Kế hoạch 164/KH-UBND (13/06/2022)"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new StatusProblem(StatusProblem.Code.NOTE_TOO_LONG, "note", "dài quá " + MAX_NOTE + " ký tự"));
        }
        return problems;
    }

    /**
     * One conditional update on (number, version): a stale version changes nothing and is refused; the audit trail
     * then records the change (its id derived from the task and the new version, so a retry adds nothing).
     */
    public StoredPlanTask changeStatus(String number, StatusChange change, ChangedBy by) {
        StoredPlanTask before = get(number);
        Query query = Query.query(Criteria.where("_id").is(number).and("version").is(change.version()));
        Update update = new Update()
                .set("status", change.status())
                .set("doneOn", change.status() == PlanTaskStatus.DONE ? change.doneOn() : null)
                .set("note", change.note())
                .set("updatedBy", by.actor())
                .set("updatedAt", clock.instant())
                .inc("version", 1);
        StoredPlanTask after = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                StoredPlanTask.class);
        if (after == null) {
            throw new PlanConflictException("Nhiệm vụ " + number + " đã được cập nhật bởi người khác (phiên bản hiện tại "
                    + get(number).version() + ", yêu cầu gửi phiên bản " + change.version() + "); hãy tải lại rồi cập nhật.");
        }
        audit.append(new AuditEvent("plan:" + number + ":" + after.version(), null, null, after.lead(), "PLAN_TASK_STATUS",
                before.version() == change.version() ? before.status().name() : null, after.status().name(),
                change.note(), by.actor(), after.updatedAt(), by.address(), after.version(), null, "PLAN[" + number + "]"));
        return after;
    }

    /** PLAN-01 findings of the stored tasks as of {@code asOf}; nothing is stored. */
    public List<Finding> findings(LocalDate asOf) {
        return tracker.review(all().stream().map(StoredPlanTask::toTask).toList(), asOf);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
