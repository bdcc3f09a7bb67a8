package vn.hanoi.papi.findings.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * What a reader asks for. Every value is compared as a literal (never parsed as a query), so
 * {@code unit[$ne]=x} or {@code unit={"$gt": ""}} can only match a unit of that very name.
 *
 * @param from inspections on or after this day
 * @param to   inspections on or before this day
 */
public record FindingFilter(String unit, String ruleId, Severity severity, FindingStatus status, LocalDate from,
                            LocalDate to) {

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        if (unit != null) {
            all.add(Criteria.where("unit").is(unit));
        }
        if (ruleId != null) {
            all.add(Criteria.where("ruleId").is(ruleId));
        }
        if (severity != null) {
            all.add(Criteria.where("severity").is(severity));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (from != null || to != null) {
            Criteria date = Criteria.where("inspectedOn");
            if (from != null) {
                date = date.gte(from);
            }
            if (to != null) {
                date = date.lte(to);
            }
            all.add(date);
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }
}
