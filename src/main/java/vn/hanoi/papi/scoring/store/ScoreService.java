package vn.hanoi.papi.scoring.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.FindingTransition;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.findings.store.AuditTrail;
import vn.hanoi.papi.findings.store.StoredFinding;
import vn.hanoi.papi.scoring.CchcRanking;
import vn.hanoi.papi.scoring.CchcScoring;
import vn.hanoi.papi.scoring.LeadAgencyView;
import vn.hanoi.papi.scoring.RankingRow;
import vn.hanoi.papi.scoring.ScoredFinding;
import vn.hanoi.papi.scoring.UnitScore;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;

/**
 * Feeds the scoring with the stored findings of a year (by the year of {@code inspectedOn}), the unit registry
 * in service and the scoring figures of the rule base in service (so a rule reload changes them).
 */
@Service
public class ScoreService {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final Engine engine;
    private final Clock clock;

    public ScoreService(MongoTemplate mongo, AuditTrail audit, Engine engine, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.engine = engine;
        this.clock = clock;
    }

    /** A ranking as the API answers it. */
    public record Ranking(int year, UnitLevel level, Integer cluster, LocalDate asOf, BigDecimal maximum,
                          List<RankingRow> rows) {
    }

    /** Today in Hà Nội. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HANOI);
    }

    public Ranking ranking(int year, UnitLevel level, Integer cluster, LocalDate asOf) {
        CchcScoring scoring = new CchcScoring(engine.rules().scoring());
        Map<String, List<ScoredFinding>> byUnit = findingsOf(year).stream()
                .collect(Collectors.groupingBy(ScoredFinding::unit));
        Map<String, UnitScore> cache = new HashMap<>();
        List<RankingRow> rows = new CchcRanking(engine.units().all()).rank(level, year, cluster,
                unit -> cache.computeIfAbsent(unit, u -> scoring.score(u, byUnit.getOrDefault(u, List.of()), asOf)),
                scoring.maximum());
        return new Ranking(year, level, cluster, asOf, scoring.maximum(), rows);
    }

    /** One unit's score with its lines, or empty for a unit the registry does not know. */
    public Optional<UnitScore> score(String unit, int year, LocalDate asOf) {
        if (engine.units().find(unit).isEmpty()) {
            return Optional.empty();
        }
        CchcScoring scoring = new CchcScoring(engine.rules().scoring());
        return Optional.of(scoring.score(unit, findingsOf(year, unit), asOf));
    }

    public BigDecimal maximum() {
        return new CchcScoring(engine.rules().scoring()).maximum();
    }

    public Optional<Unit> unit(String code) {
        return engine.units().find(code);
    }

    /** The findings of the year grouped by PAPI sub-index and lead agency. */
    public List<LeadAgencyView.Group> byLeadAgency(int year) {
        List<LeadAgencyView.Item> items = mongo.find(inYear(year, null), StoredFinding.class).stream()
                .map(f -> new LeadAgencyView.Item(f.papi(), f.leadAgency(), f.severity(), f.status()))
                .toList();
        return LeadAgencyView.group(items, code -> engine.units().find(code).map(Unit::name).orElse(null));
    }

    private List<ScoredFinding> findingsOf(int year) {
        return findingsOf(year, null);
    }

    private List<ScoredFinding> findingsOf(int year, String unit) {
        Query query = inYear(year, unit);
        query.addCriteria(Criteria.where("status").in(FindingStatus.CONFIRMED, FindingStatus.REMEDIATION_SUBMITTED,
                FindingStatus.CLOSED, FindingStatus.REOPENED));
        return mongo.find(query, StoredFinding.class).stream().map(this::scored).toList();
    }

    private static Query inYear(int year, String unit) {
        Criteria criteria = Criteria.where("inspectedOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
        if (unit != null) {
            criteria = criteria.and("unit").is(unit);
        }
        return Query.query(criteria);
    }

    private ScoredFinding scored(StoredFinding f) {
        LocalDate closedOn = f.closedOn();
        if (closedOn == null && f.status() == FindingStatus.CLOSED) {
            closedOn = closedOnFromAudit(f.id());         // closed before closedOn was stored with the move
        }
        return new ScoredFinding(f.id(), f.unit(), f.ruleId(), f.subject(), f.severity(), f.repeat(), f.status(),
                f.inspectedOn(), f.remediationDue(), closedOn);
    }

    private LocalDate closedOnFromAudit(String findingId) {
        return audit.ofFinding(findingId).stream()
                .filter(e -> FindingTransition.CLOSE.auditAction().equals(e.action()))
                .map(AuditEvent::at)
                .reduce((first, second) -> second)
                .map(at -> LocalDate.ofInstant(at, HANOI))
                .orElse(null);
    }
}
