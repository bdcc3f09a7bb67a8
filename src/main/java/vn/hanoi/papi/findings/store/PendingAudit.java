package vn.hanoi.papi.findings.store;

import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How a change to a finding and its audit event stay together without transactions (the embedded store has
 * none). The change itself is one atomic update of the finding that also pushes the event onto the finding's
 * {@code pendingAudit} list; then the event is inserted into the trail under its fixed id, and finally pulled
 * from the list. Each step is one write on one document and safe to repeat, so a crash between them loses
 * nothing: {@link #flush()} (run by the scheduled jobs) records whatever is still pending.
 */
@Component
class PendingAudit {

    static final String FIELD = "pendingAudit";
    private static final String FINDINGS = "findings";

    private final MongoTemplate mongo;
    private final AuditTrail trail;

    PendingAudit(MongoTemplate mongo, AuditTrail trail) {
        this.mongo = mongo;
        this.trail = trail;
    }

    /** The update, carrying the event along with the change (step one). */
    static Update carrying(Update update, AuditEvent event) {
        return update.push(FIELD, event);
    }

    /** Steps two and three: the event into the trail, then off the finding's pending list. */
    void record(AuditEvent event) {
        trail.append(event);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.findingId())),
                new Update().pull(FIELD, new Document("_id", event.id())), FINDINGS);
    }

    /**
     * Records the events that interrupted changes left pending.
     *
     * @return how many were still pending
     */
    int flush() {
        List<Pending> pending = mongo.find(Query.query(Criteria.where(FIELD + ".0").exists(true)), Pending.class, FINDINGS);
        int count = 0;
        for (Pending finding : pending) {
            for (AuditEvent event : finding.pendingAudit()) {
                record(event);
                count++;
            }
        }
        return count;
    }

    /** A finding with the events it still carries. */
    record Pending(@Id String id, List<AuditEvent> pendingAudit) {
    }
}
