package vn.hanoi.papi.findings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.findings.store.AuditEvent;
import vn.hanoi.papi.rules.RuleMetadata;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;
import vn.hanoi.papi.units.UnitRegistry;

/**
 * Shapes what the findings pages show: the unit registry as the filter's choices, a finding's facts and audit
 * trail as lines to print. Presentation only; what a finding is and who may see it is decided elsewhere. Public,
 * with public records, because the templates' expressions read them by reflection.
 */
@Component
public class FindingPageViews {

    /** Days and times are shown as Hà Nội sees them. */
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Engine engine;
    private final MessageSource messages;

    FindingPageViews(Engine engine, MessageSource messages) {
        this.engine = engine;
        this.messages = messages;
    }

    /** The units of one group of the unit choice: a district with its communes, the departments, the rest. */
    public record UnitGroup(String name, String labelKey, List<Unit> units) {
    }

    /** One fact of a finding, its value written for people (dates as dd/MM/yyyy). */
    public record Fact(String name, String value) {
    }

    /** One line of a finding's history: who, when, what, why. */
    public record AuditLine(LocalDateTime at, String actor, String action, FindingStatus from, FindingStatus to,
                     String reason, List<String> evidence) {
    }

    /** A remedy as the page shows it. */
    public record RemediationLine(String note, LocalDateTime at, String by, List<String> evidence) {
    }

    /** Which form a refusal belongs next to, and what to tell. */
    public record FormError(String form, String message) {
    }

    /** Someone else changed the finding first: what it is now, and who changed it last. */
    public record Conflict(FindingStatus status, String actor, LocalDateTime at, String detail) {
    }

    UnitRegistry units() {
        return engine.units();
    }

    /** Every unit's name by its code, for the table and the detail. */
    Map<String, String> unitNames() {
        return units().all().stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
    }

    String unitName(String code) {
        return units().find(code).map(Unit::name).orElse(code);
    }

    List<Unit> districts() {
        return units().all().stream().filter(u -> u.level() == UnitLevel.DISTRICT).toList();
    }

    /**
     * The unit choice, grouped as people look for a unit: each district with its communes, then the departments,
     * then whatever stands elsewhere (a ward straight under the city).
     */
    List<UnitGroup> unitGroups() {
        UnitRegistry registry = units();
        List<UnitGroup> groups = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Unit district : districts()) {
            List<Unit> members = new ArrayList<>();
            members.add(district);
            members.addAll(registry.childrenOf(district.code()));
            members.forEach(u -> placed.add(u.code()));
            groups.add(new UnitGroup(district.name(), null, members));
        }
        List<Unit> departments = registry.all().stream()
                .filter(u -> u.level() == UnitLevel.DEPARTMENT && !placed.contains(u.code())).toList();
        departments.forEach(u -> placed.add(u.code()));
        if (!departments.isEmpty()) {
            groups.add(new UnitGroup(null, "findings.filter.departments", departments));
        }
        List<Unit> rest = registry.all().stream()
                .filter(u -> u.level() != UnitLevel.CITY && !placed.contains(u.code())).toList();
        if (!rest.isEmpty()) {
            groups.add(new UnitGroup(null, "findings.filter.otherUnits", rest));
        }
        return groups;
    }

    /** The district's own code and those of the units directly below it; empty for a code that is no district. */
    Optional<List<String>> districtUnits(String district) {
        if (district == null) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        units().find(district).filter(u -> u.level() == UnitLevel.DISTRICT).ifPresent(d -> {
            codes.add(d.code());
            units().childrenOf(d.code()).forEach(u -> codes.add(u.code()));
        });
        return Optional.of(codes);                 // an unknown district matches nothing rather than everything
    }

    /** The rule ids in service, for the rule field's suggestions. */
    List<String> ruleIds() {
        return engine.rules().rules().stream().map(RuleMetadata::id).filter(id -> id != null && !id.isBlank())
                .distinct().sorted().toList();
    }

    List<Fact> facts(Map<String, Object> facts) {
        if (facts == null) {
            return List.of();
        }
        List<Fact> lines = new ArrayList<>();
        facts.forEach((name, value) -> lines.add(new Fact(name, text(value))));
        return lines;
    }

    private String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return message(b ? "findings.yes" : "findings.no");
        }
        if (value instanceof LocalDate d) {
            return d.format(DAY);
        }
        if (value instanceof String s && ISO_DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s).format(DAY);
            } catch (java.time.DateTimeException notADate) {
                return s;
            }
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : c.stream().map(this::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    List<AuditLine> history(List<AuditEvent> events) {
        return events.stream().map(e -> new AuditLine(local(e.at()), e.actor(), e.action(), status(e.fromStatus()),
                status(e.toStatus()), e.reason(), e.evidence() == null ? List.of() : e.evidence())).toList();
    }

    RemediationLine remediation(vn.hanoi.papi.findings.store.Remediation remediation) {
        if (remediation == null) {
            return null;
        }
        return new RemediationLine(remediation.note(), local(remediation.submittedAt()), remediation.submittedBy(),
                remediation.evidence() == null ? List.of() : remediation.evidence());
    }

    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, HANOI);
    }

    private static FindingStatus status(String name) {
        if (name == null) {
            return null;
        }
        try {
            return FindingStatus.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
