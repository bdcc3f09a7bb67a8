package vn.hanoi.papi.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.checklist.InspectionType;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.checklist.SubmissionValidator;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.ChangedBy;
import vn.hanoi.papi.findings.store.FindingStore;
import vn.hanoi.papi.findings.store.FindingViewMapper;
import vn.hanoi.papi.findings.store.FollowUpOrders;
import vn.hanoi.papi.findings.store.UnitHistory;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.rules.PriorFinding;

/**
 * Receives submissions: validates them (the command line's validator), evaluates them and stores them with
 * their findings. Sending the same submission again returns what was stored; the same id with other content is
 * refused. The embedded store has no transactions, so the steps are ordered to be safe to repeat: the
 * submission document is inserted once (its id is unique), then its findings are stored if absent — a retry
 * after a crash between the two completes the second step.
 */
@Service
public class SubmissionService {

    private final Engine engine;
    private final MongoTemplate mongo;
    private final FindingStore findings;
    private final FindingViewMapper views;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitHistory unitHistory;
    private final FollowUpOrders followUps;

    public SubmissionService(Engine engine, MongoTemplate mongo, FindingStore findings, FindingViewMapper views,
                             AuditTrail audit, Clock clock, UnitHistory unitHistory, FollowUpOrders followUps) {
        this.unitHistory = unitHistory;
        this.followUps = followUps;
        this.engine = engine;
        this.mongo = mongo;
        this.findings = findings;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** What happened to a submission: stored now ({@code created}) or found stored already. */
    public record Outcome(boolean created, SubmissionView view) {
    }

    public Outcome submit(byte[] json, ChangedBy by) {
        return submit(json, by, submission -> { });
    }

    /**
     * Validates, then lets {@code admit} refuse the submission (the caller's right to submit for its unit, by
     * throwing) before anything is looked up or stored, then evaluates and stores it.
     */
    public Outcome submit(byte[] json, ChangedBy by, Consumer<Submission> admit) {
        // Validated, hashed and stored from one decoded text: what passed validation is what is stored.
        String text = SubmissionValidator.text(json);
        Submission submission = engine.validator().parse(text);
        admit.accept(submission);
        String hash = CanonicalJson.hash(text);
        Optional<StoredSubmission> existing = find(submission.submissionId());
        if (existing.isPresent()) {
            return new Outcome(false, again(existing.get(), hash, submission, by));
        }
        Evaluation evaluation = engine.evaluator().evaluate(submission,
                history(submission));
        StoredSubmission stored = new StoredSubmission(submission.submissionId(), hash, submission.unit(),
                submission.inspectedOn(), submission.inspectionType().name(), submission.template(),
                submission.templateVersion(), evaluation.notInspected(), evaluation.findings().size(),
                evaluation.findings().stream()
                        .map(f -> FindingStore.idOf(submission.submissionId(), f.ruleId(), f.subject())).toList(),
                evaluation.rulesVersion(), clock.instant(), Document.parse(text));
        try {
            mongo.insert(stored);
        } catch (DuplicateKeyException raced) {
            // Another request stored the same id first: answer as for a retry.
            return new Outcome(false, again(find(submission.submissionId()).orElseThrow(), hash, submission, by));
        }
        findings.storeIfAbsent(stored.submissionId(), stored.inspectedOn(), evaluation.findings());
        audit(stored, by);
        completeFollowUps(stored);
        return new Outcome(true, view(stored));
    }

    public SubmissionView get(String submissionId) {
        return get(submissionId, unit -> true);
    }

    /** The submission, if the caller may read its unit's rows; another unit's is not found, as if it did not exist. */
    public SubmissionView get(String submissionId, Predicate<String> readableUnit) {
        return view(readable(submissionId, readableUnit));
    }

    /** The submission as sent, with its findings, if the caller may read its unit's rows (else not found). */
    public SubmissionDetail detail(String submissionId, Predicate<String> readableUnit) {
        StoredSubmission stored = readable(submissionId, readableUnit);
        return new SubmissionDetail(view(stored), stored.document());
    }

    private StoredSubmission readable(String submissionId, Predicate<String> readableUnit) {
        return find(submissionId).filter(stored -> readableUnit.test(stored.unit()))
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
    }

    /** The unit a stored submission inspected, for access checks. */
    public Optional<String> unitOf(String submissionId) {
        return find(submissionId).map(StoredSubmission::unit);
    }

    private SubmissionView again(StoredSubmission stored, String hash, Submission submission, ChangedBy by) {
        if (!stored.contentHash().equals(hash)) {
            throw new SubmissionConflictException(stored.submissionId());
        }
        if (findings.byIds(stored.findingIds()).size() < stored.findingCount()) {
            // The first attempt stopped before its findings were all stored: finish it with the same rules' result.
            Evaluation evaluation = engine.evaluator().evaluate(submission,
                    history(submission));
            findings.storeIfAbsent(stored.submissionId(), stored.inspectedOn(), evaluation.findings());
        }
        audit(stored, by);                                    // no-op unless the first attempt stopped before it
        completeFollowUps(stored);                            // likewise
        return view(stored);
    }

    /** A follow-up inspection does the unit's follow-up orders given up to its day (see {@link FollowUpOrders}). */
    private void completeFollowUps(StoredSubmission stored) {
        if (InspectionType.FOLLOW_UP.name().equals(stored.inspectionType())) {
            followUps.completeBy(stored.unit(), stored.inspectedOn(), stored.submissionId(), stored.receivedAt());
        }
    }

    /**
     * The submission's audit event; its id is fixed, so a repeat of this step adds nothing (a retry records it
     * only if the first attempt stopped before doing so).
     */
    private void audit(StoredSubmission stored, ChangedBy by) {
        audit.append(AuditEvent.ofSubmission("submitted:" + stored.submissionId(), stored.submissionId(), stored.unit(),
                "SUBMITTED", stored.findingCount() + " phát hiện, bộ luật " + stored.rulesVersion(), by,
                stored.receivedAt(), null));
    }

    /** The unit's earlier confirmed findings, as the history rules see them. */
    private List<PriorFinding> history(Submission submission) {
        return unitHistory.confirmedBefore(submission.unit(), submission.inspectedOn()).stream()
                .map(e -> new PriorFinding(e.findingId(), e.submissionId(), e.ruleId(), e.subject(), e.inspectedOn(),
                        FindingStatus.CONFIRMED, e.remediationDue()))
                .toList();
    }

    private Optional<StoredSubmission> find(String submissionId) {
        return Optional.ofNullable(mongo.findById(submissionId, StoredSubmission.class));
    }

    private SubmissionView view(StoredSubmission stored) {
        LocalDate today = LocalDate.now(clock);
        return new SubmissionView(stored.submissionId(), stored.unit(), stored.inspectedOn(),
                findings.byIds(stored.findingIds()).stream().map(f -> views.toView(f, today)).toList(),
                stored.notInspected(), stored.rulesVersion());
    }
}
