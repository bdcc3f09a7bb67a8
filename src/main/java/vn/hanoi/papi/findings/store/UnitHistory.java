package vn.hanoi.papi.findings.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each unit's confirmed findings, kept in one document per unit, for the history rules (repeat, follow-up). Every
 * submission reads its unit's history: one lookup by id instead of a query on the findings collection, which the
 * embedded store can only answer by scanning it. A finding enters when it is confirmed and never leaves: once
 * confirmed it stays confirmed (REMEDIATION_SUBMITTED, CLOSED and REOPENED all count).
 */
@Component
public class UnitHistory {

    static final String COLLECTION = "unit_history";

    private final MongoTemplate mongo;

    public UnitHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One confirmed finding as the history rules need it. */
    public record Entry(String findingId, String submissionId, String ruleId, String subject, LocalDate inspectedOn,
                        LocalDate remediationDue) {
    }

    @Document(COLLECTION)
    record UnitEntries(@Id String unit, List<Entry> confirmed) {
    }

    /** Adds a confirmed finding to its unit's history; repeating it adds nothing (one atomic upsert). */
    public void recordConfirmed(StoredFinding f) {
        Entry entry = new Entry(f.id(), f.submissionId(), f.ruleId(), f.subject(), f.inspectedOn(), f.remediationDue());
        mongo.upsert(Query.query(Criteria.where("_id").is(f.unit())), new Update().addToSet("confirmed", entry),
                UnitEntries.class);
    }

    /** The unit's findings confirmed at inspections before {@code asOf}. */
    public List<Entry> confirmedBefore(String unit, LocalDate asOf) {
        UnitEntries entries = mongo.findById(unit, UnitEntries.class);
        if (entries == null || entries.confirmed() == null) {
            return List.of();
        }
        return entries.confirmed().stream().filter(e -> e.inspectedOn().isBefore(asOf)).toList();
    }
}
