package vn.hanoi.papi.findings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.Severity;
import vn.hanoi.papi.findings.store.FindingFilter;

/**
 * What the findings list was asked for, as the filter form shows it again and as the paging links repeat it.
 * Blank fields are "no filter"; the rule id is compared in capitals, as rule ids are written.
 *
 * @param unit     the unit chosen (none for a unit's account, which has no choice: its own is searched)
 * @param district a district (quận/huyện): its own findings and those of the units directly below it
 * @param page     0-based
 *
 * <p>Public because the template's expressions call it by reflection.
 */
public record FindingListQuery(String unit, String district, String ruleId, Severity severity, FindingStatus status,
                        boolean overdue, LocalDate from, LocalDate to, int page) {

    public FindingListQuery {
        unit = blankToNull(unit);
        district = blankToNull(district);
        ruleId = blankToNull(ruleId) == null ? null : ruleId.strip().toUpperCase(Locale.ROOT);
        page = Math.max(page, 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The store's filter.
     *
     * @param readableUnit  the unit the caller may search (its own for a unit's account), or the one asked for
     * @param districtUnits the district's units, or null without a district
     */
    FindingFilter filter(String readableUnit, List<String> districtUnits, LocalDate today) {
        return new FindingFilter(readableUnit, ruleId, severity, status, from, to, overdue ? Boolean.TRUE : null, today,
                districtUnits);
    }

    /** Whether anything narrows the list (the page offers to clear the filters then). */
    public boolean filtered() {
        return unit != null || district != null || ruleId != null || severity != null || status != null || overdue
                || from != null || to != null;
    }

    /** The list with the same filters on another page: {@code /phat-hien?…&page=n}, empty filters left out. */
    public String link(int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/phat-hien");
        add(uri, "unit", unit);
        add(uri, "district", district);
        add(uri, "ruleId", ruleId);
        add(uri, "severity", severity);
        add(uri, "status", status);
        add(uri, "overdue", overdue ? Boolean.TRUE : null);
        add(uri, "from", from);
        add(uri, "to", to);
        if (toPage > 0) {
            uri.queryParam("page", toPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
