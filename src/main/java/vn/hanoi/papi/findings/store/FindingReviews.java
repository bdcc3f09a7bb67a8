package vn.hanoi.papi.findings.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.evidence.EvidenceService;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.FindingTransition;

/**
 * Moves a finding through its lifecycle ({@link FindingTransition}): the reviewer's decision, the unit's remedy,
 * the reviewer's verification. Each move is one atomic conditional update of the finding — on its id, the version
 * the caller saw and the states the move may start from — so of two people acting at once on the same version one
 * wins and the other gets a conflict, and nothing is lost. The update carries the move's audit event, which is
 * then recorded in the trail (see {@link PendingAudit}).
 */
@Service
public class FindingReviews {

    static final int MAX_TEXT = 4000;
    /** Days are Hà Nội days. */
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_EVIDENCE = 50;

    private final MongoTemplate mongo;
    private final PendingAudit audit;
    private final EvidenceService evidence;
    private final Clock clock;
    private final UnitHistory history;

    public FindingReviews(MongoTemplate mongo, PendingAudit audit, EvidenceService evidence, Clock clock,
                          UnitHistory history) {
        this.history = history;
        this.mongo = mongo;
        this.audit = audit;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The reviewer confirms or dismisses (with a reason) an open finding. */
    public StoredFinding review(String id, ReviewDecision decision, String reason, long version, ChangedBy by) {
        return apply(id, decision.transition(), version, reason, List.of(), by);
    }

    /** The unit reports its remedy: a note and photos of the finding's own submission. */
    public StoredFinding submitRemediation(String id, String note, List<String> evidenceIds, long version, ChangedBy by) {
        return apply(id, FindingTransition.SUBMIT_REMEDIATION, version, note, evidenceIds == null ? List.of() : evidenceIds, by);
    }

    /**
     * The unit reports its remedy with photos it uploads in the same step (the web page's form): each photo is
     * stored on the finding's submission, then the remedy is reported with their ids. Everything the move needs
     * (a note, photos that are all acceptable images, the version and state the unit saw) is checked before any
     * photo is stored, so a refused report leaves nothing behind; only a change between that check and the move (a
     * race) can leave photos on the submission without a report, which are then ordinary photos of the inspection.
     */
    public StoredFinding submitRemediationWithPhotos(String id, String note, List<EvidenceService.Upload> photos,
                                                     long version, ChangedBy by) {
        FindingTransition move = FindingTransition.SUBMIT_REMEDIATION;
        List<EvidenceService.Upload> uploads = photos == null ? List.of() : photos;
        checkVersion(version);
        check(move, note == null || note.isBlank() ? null : note.strip(), uploads.size());
        StoredFinding finding = get(id);
        long current = finding.version() == null ? 0L : finding.version();
        if (current != version || !move.allowedFrom(finding.status())) {
            throw refusal(id, move, version);
        }
        uploads.forEach(evidence::check);
        List<String> evidenceIds = uploads.stream()
                .map(upload -> evidence.upload(finding.submissionId(), upload, by).evidence().id())
                .toList();
        return submitRemediation(id, note, evidenceIds, version, by);
    }

    /** The reviewer closes the finding, or reopens it (with a reason), after checking the remedy. */
    public StoredFinding verify(String id, VerificationDecision decision, String reason, long version, ChangedBy by) {
        return apply(id, decision.transition(), version, reason, List.of(), by);
    }

    public StoredFinding get(String id) {
        StoredFinding finding = mongo.findById(id, StoredFinding.class);
        if (finding == null) {
            throw new FindingNotFoundException(id);
        }
        return finding;
    }

    /**
     * One move of the state machine.
     *
     * @param text     the reason (reviewer) or the note (unit)
     * @param photos   evidence ids, for a remedy
     */
    StoredFinding apply(String id, FindingTransition move, long version, String text, List<String> photos, ChangedBy by) {
        checkVersion(version);
        String clean = text == null || text.isBlank() ? null : text.strip();
        check(move, clean, photos);
        List<String> evidenceIds = List.copyOf(new LinkedHashSet<>(photos));
        if (move == FindingTransition.SUBMIT_REMEDIATION) {
            StoredFinding finding = get(id);
            List<String> foreign = evidence.notOf(finding.submissionId(), evidenceIds);
            if (!foreign.isEmpty()) {
                throw new InvalidReviewException("Minh chứng " + String.join(", ", foreign)
                        + " không phải ảnh của phiếu kiểm tra " + finding.submissionId()
                        + " (phiếu có phát hiện này); hãy tải ảnh lên phiếu đó trước (POST /api/submissions/"
                        + finding.submissionId() + "/evidence).");
            }
        }
        Instant now = clock.instant();
        Query current = Query.query(Criteria.where("_id").is(id).and("version").is(version).and("status").in(move.from()));
        // The event is written with the change; its fromStatus is read from the finding the update matched.
        StoredFinding before = mongo.findOne(current, StoredFinding.class);
        if (before == null) {
            throw refusal(id, move, version);
        }
        AuditEvent event = new AuditEvent("finding:" + id + ":v" + (version + 1), id, before.submissionId(), before.unit(),
                move.auditAction(), before.status().name(), move.to().name(), clean, by.actor(), now, by.address(),
                version + 1, evidenceIds.isEmpty() ? null : evidenceIds, null);
        Update update = changes(move, clean, evidenceIds, by, now)
                .set("status", move.to()).inc("version", 1);
        Query exactly = Query.query(Criteria.where("_id").is(id).and("version").is(version).and("status").is(before.status()));
        StoredFinding changed = mongo.findAndModify(exactly, PendingAudit.carrying(update, event),
                FindAndModifyOptions.options().returnNew(true), StoredFinding.class);
        if (changed == null) {
            throw refusal(id, move, version);                        // someone else moved it in between
        }
        audit.record(event);
        if (move == FindingTransition.CONFIRM) {
            // After the change itself: a crash in between leaves the finding confirmed but out of the history,
            // so that a later repeat is not escalated — never the reverse.
            history.recordConfirmed(changed);
        }
        return changed;
    }

    /** Versions start at 0: a negative one is a bad request, not a stale one. */
    private static void checkVersion(long version) {
        if (version < 0) {
            throw new InvalidReviewException("Phiên bản (version) phải là số nguyên ≥ 0, là phiên bản của phát hiện "
                    + "mà bạn đã xem (nhận " + version + ").");
        }
    }

    private static void check(FindingTransition move, String text, List<String> photos) {
        check(move, text, photos.size());
        if (photos.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new InvalidReviewException("Mã ảnh minh chứng (evidence) không được để trống.");
        }
    }

    /** What a move must carry: a reason or a note, photos for a remedy, and not too much of either. */
    private static void check(FindingTransition move, String text, int photos) {
        switch (move.requires()) {
            case REASON -> {
                if (text == null) {
                    throw new InvalidReviewException(move == FindingTransition.DISMISS
                            ? "Bác bỏ phát hiện phải nêu lý do (reason)."
                            : "Mở lại phát hiện phải nêu lý do (reason): điều gì chưa được khắc phục.");
                }
            }
            case NOTE -> {
                if (text == null) {
                    throw new InvalidReviewException("Báo cáo khắc phục phải có ghi chú (note) nêu việc đã làm.");
                }
                if (photos == 0) {
                    throw new InvalidReviewException("Báo cáo khắc phục phải kèm ít nhất một ảnh minh chứng (evidence).");
                }
            }
            case NOTHING -> {
            }
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidReviewException("Lý do hoặc ghi chú dài quá " + MAX_TEXT + " ký tự.");
        }
        if (photos > MAX_EVIDENCE) {
            throw new InvalidReviewException("Quá " + MAX_EVIDENCE + " ảnh minh chứng trong một báo cáo.");
        }
    }

    private static Update changes(FindingTransition move, String text, List<String> evidenceIds, ChangedBy by, Instant now) {
        Update update = new Update().set("lastChangedAt", now);
        switch (move) {
            case CONFIRM, DISMISS -> update.set("reviewReason", text).set("reviewedAt", now);
            case SUBMIT_REMEDIATION -> update.set("remediation", new Remediation(text, evidenceIds, now, by.actor()));
            case CLOSE, REOPEN -> update.set("verificationReason", text).set("verifiedAt", now);
        }
        if (move == FindingTransition.CLOSE) {
            update.set("closedOn", LocalDate.ofInstant(now, HANOI));    // the day that decides the overdue penalty
        }
        if (move.to() == FindingStatus.CLOSED || move.to() == FindingStatus.DISMISSED) {
            update.set("overdue", false);                     // no longer waiting for a remedy; overdueSince stays
        }
        return update;
    }

    /** Why nothing changed: no such finding (404), a stale version or a move the current state does not allow (409). */
    private RuntimeException refusal(String id, FindingTransition move, long version) {
        StoredFinding now = mongo.findById(id, StoredFinding.class);
        if (now == null) {
            return new FindingNotFoundException(id);
        }
        long current = now.version() == null ? 0L : now.version();
        if (current != version) {
            return new ReviewConflictException("Phát hiện đã được thay đổi (phiên bản " + current + ", trạng thái "
                    + now.status().describe() + "; yêu cầu gửi phiên bản " + version
                    + "); hãy tải lại và xem trạng thái mới.");
        }
        return new ReviewConflictException(move.refusal(now.status()));
    }
}
