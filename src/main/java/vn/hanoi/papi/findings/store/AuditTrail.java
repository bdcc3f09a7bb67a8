package vn.hanoi.papi.findings.store;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The audit trail ({@code audit_events}): append and read, nothing else — there is no method to update or
 * delete an event, and no API calls one.
 */
@Component
public class AuditTrail {

    /** Oldest first, so the newest is last; ties (the same millisecond) by the finding's version, then id. */
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("at"), Sort.Order.asc("version"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records an event unless one with its id is there already: one insert, safe to repeat.
     *
     * @return whether it was recorded now
     */
    public boolean append(AuditEvent event) {
        try {
            mongo.insert(event);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;                           // recorded by an earlier attempt
        }
    }

    /** Every event of a finding, newest last. */
    public List<AuditEvent> ofFinding(String findingId) {
        return mongo.find(Query.query(Criteria.where("findingId").is(findingId)).with(OLDEST_FIRST), AuditEvent.class);
    }

    /** A page of the events of a unit (its submissions, photos and findings), newest last. */
    public AuditPage ofUnit(String unit, int page, int size) {
        Query query = Query.query(Criteria.where("unit").is(unit));
        long total = mongo.count(query, AuditEvent.class);
        query.with(OLDEST_FIRST).skip((long) page * size).limit(size);
        return new AuditPage(mongo.find(query, AuditEvent.class), total, page, size);
    }

    /** One page of audit events. */
    public record AuditPage(List<AuditEvent> content, long totalElements, int page, int size) {
    }
}
