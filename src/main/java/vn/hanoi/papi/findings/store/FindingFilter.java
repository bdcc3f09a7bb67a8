package vn.hanoi.papi.findings.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;

/**
 * What a reader asks for. Every value is compared as a literal (never parsed as a query), so
 * {@code unit[$ne]=x} or {@code unit={"$gt": ""}} can only match a unit of that very name.
 *
 * @param from    inspections on or after this day
 * @param to      inspections on or before this day
 * @param overdue only overdue findings ({@code true}) or only the others ({@code false}), as of {@code today}:
 *                marked by the daily job, or with a remediation deadline before today, and still waiting for a
 *                remedy (the same rule as the {@code overdue} the API shows)
 * @param units   only findings of one of these units (a district's communes, for instance), on top of {@code unit};
 *                {@code null} for no such limit, an empty list matches nothing
 */
public record FindingFilter(String unit, String ruleId, Severity severity, FindingStatus status, LocalDate from,
                            LocalDate to, Boolean overdue, LocalDate today, List<String> units) {

    public FindingFilter {
        units = units == null ? null : List.copyOf(units);
    }

    public FindingFilter(String unit, String ruleId, Severity severity, FindingStatus status, LocalDate from,
                         LocalDate to, Boolean overdue, LocalDate today) {
        this(unit, ruleId, severity, status, from, to, overdue, today, null);
    }

    public FindingFilter(String unit, String ruleId, Severity severity, FindingStatus status, LocalDate from,
                         LocalDate to) {
        this(unit, ruleId, severity, status, from, to, null, null, null);
    }

    /** The states in which a finding still waits for its remedy, so that it can be overdue. */
    static final List<FindingStatus> AWAITING = Arrays.stream(FindingStatus.values())
            .filter(FindingStatus::awaitingRemediation).toList();

    /** Overdue as of {@code today}: the same rule as {@link FindingViewMapper#overdue}, or marked by the job. */
    static Criteria overdueOn(LocalDate today) {
        return new Criteria().andOperator(Criteria.where("status").in(AWAITING),
                new Criteria().orOperator(Criteria.where("overdue").is(true), Criteria.where("remediationDue").lt(today)));
    }

    static Criteria notOverdueOn(LocalDate today) {
        return new Criteria().orOperator(Criteria.where("status").nin(AWAITING),
                new Criteria().andOperator(Criteria.where("overdue").ne(true),
                        new Criteria().orOperator(Criteria.where("remediationDue").is(null),
                                Criteria.where("remediationDue").gte(today))));
    }

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        if (unit != null) {
            all.add(Criteria.where("unit").is(unit));
        }
        if (units != null) {
            all.add(Criteria.where("unit").in(units));
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
        if (overdue != null) {
            LocalDate asOf = today == null ? LocalDate.now() : today;
            all.add(overdue ? overdueOn(asOf) : notOverdueOn(asOf));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }
}
