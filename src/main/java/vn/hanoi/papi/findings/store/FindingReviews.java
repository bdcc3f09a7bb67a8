package vn.hanoi.papi.findings.store;

import java.time.Clock;
import java.util.UUID;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.findings.FindingStatus;

/**
 * The reviewer's decision on an open finding (the minimal call the history rules need; the whole workflow comes
 * with the review issue). One atomic conditional update: it applies only to the version the reviewer saw and to
 * an open finding, so of two reviewers acting at once one wins and the other gets a conflict.
 */
@Service
public class FindingReviews {

    private final MongoTemplate mongo;
    private final Clock clock;

    public FindingReviews(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public StoredFinding review(String id, ReviewDecision decision, String reason, long version, String actor) {
        if (decision == ReviewDecision.DISMISS && (reason == null || reason.isBlank())) {
            throw new InvalidReviewException("Bác bỏ phát hiện phải nêu lý do (reason).");
        }
        FindingStatus to = decision == ReviewDecision.CONFIRM ? FindingStatus.CONFIRMED : FindingStatus.DISMISSED;
        Query current = Query.query(Criteria.where("_id").is(id).and("version").is(version)
                .and("status").in(FindingStatus.OPEN, FindingStatus.REOPENED));
        Update update = new Update().set("status", to).set("reviewReason", reason).set("reviewedAt", clock.instant())
                .inc("version", 1);
        StoredFinding changed = mongo.findAndModify(current, update, FindAndModifyOptions.options().returnNew(true),
                StoredFinding.class);
        if (changed == null) {
            StoredFinding now = mongo.findById(id, StoredFinding.class);
            if (now == null) {
                throw new FindingNotFoundException(id);
            }
            if (now.version() != null && now.version() != version) {
                throw new ReviewConflictException("Phát hiện đã được thay đổi (phiên bản " + now.version()
                        + ", yêu cầu gửi phiên bản " + version + "); hãy tải lại và xem trạng thái mới.");
            }
            throw new ReviewConflictException("Không thể " + (decision == ReviewDecision.CONFIRM ? "xác nhận" : "bác bỏ")
                    + " phát hiện đang ở trạng thái " + now.status() + ".");
        }
        mongo.insert(new AuditEvent(UUID.randomUUID().toString(), id, changed.submissionId(), changed.unit(), "REVIEW_" + decision,
                FindingStatus.OPEN.name(), to.name(), reason, actor, clock.instant()));
        return changed;
    }
}
