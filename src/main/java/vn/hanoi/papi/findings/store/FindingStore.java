package vn.hanoi.papi.findings.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.util.Pair;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.FindingStatus;

/** The findings collection: written once per finding, safe to repeat, read with filters. */
@Component
public class FindingStore {

    private static final Sort ORDER = Sort.by("ruleId", "subject");

    private final MongoTemplate mongo;
    private final Clock clock;

    public FindingStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The id of a finding: the same submission, rule and subject always give the same id. */
    public static String idOf(String submissionId, String ruleId, String subject) {
        String key = submissionId + '\u0000' + ruleId + '\u0000' + subject;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Stores the findings of an evaluation unless they are there already. Each write is one atomic upsert that
     * only sets fields on insert, so a retry — or twenty at once — never overwrites a finding under review.
     */
    public void storeIfAbsent(String submissionId, LocalDate inspectedOn, Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Pair<Query, Update>> upserts = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String id = idOf(submissionId, f.ruleId(), f.subject());
            Update insert = new Update()
                    .setOnInsert("submissionId", submissionId)
                    .setOnInsert("ruleId", f.ruleId())
                    .setOnInsert("severity", f.severity())
                    .setOnInsert("repeat", f.repeat())
                    .setOnInsert("unit", f.unit())
                    .setOnInsert("papi", f.papi())
                    .setOnInsert("leadAgency", f.leadAgency())
                    .setOnInsert("subject", f.subject())
                    .setOnInsert("message", f.message())
                    .setOnInsert("legalBasis", f.legalBasis())
                    .setOnInsert("legalDeadline", f.legalDeadline())
                    .setOnInsert("remediationDue", f.remediationDue())
                    .setOnInsert("facts", storable(f.facts()))
                    .setOnInsert("status", FindingStatus.OPEN)
                    .setOnInsert("inspectedOn", inspectedOn)
                    .setOnInsert("createdAt", now)
                    .setOnInsert("version", 0L);
            upserts.add(Pair.of(Query.query(Criteria.where("_id").is(id)), insert));
        }
        // One round trip for all of them; each upsert is still atomic on its own document.
        mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredFinding.class).upsert(upserts).execute();
    }

    /** The findings with these ids, in finding order (rule id, then subject); one query by id. */
    public List<StoredFinding> byIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<StoredFinding> found = new ArrayList<>(mongo.find(Query.query(Criteria.where("_id").in(ids)), StoredFinding.class));
        found.sort(java.util.Comparator.comparing(StoredFinding::ruleId).thenComparing(StoredFinding::subject));
        return found;
    }

    public List<StoredFinding> ofSubmission(String submissionId) {
        return mongo.find(Query.query(Criteria.where("submissionId").is(submissionId)).with(ORDER), StoredFinding.class);
    }

    /** A page of findings matching the filter, newest inspections first. */
    public FindingPage search(FindingFilter filter, int page, int size) {
        Query query = Query.query(filter.criteria());
        long total = mongo.count(query, StoredFinding.class);
        query.with(Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.asc("unit"), Sort.Order.asc("ruleId"),
                Sort.Order.asc("subject"))).skip((long) page * size).limit(size);
        return new FindingPage(mongo.find(query, StoredFinding.class), total, page, size);
    }

    /** Dates in the facts are kept as ISO text: a map has no type to bring a LocalDate back. */
    private static Map<String, Object> storable(Map<String, Object> facts) {
        Map<String, Object> copy = new LinkedHashMap<>();
        facts.forEach((k, v) -> copy.put(k, storableValue(v)));
        return copy;
    }

    private static Object storableValue(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(v -> list.add(storableValue(v)));
            return list;
        }
        return value;
    }

    /** One page of stored findings. */
    public record FindingPage(List<StoredFinding> content, long totalElements, int page, int size) {
    }
}
