package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.hanoi.papi.checklist.content.RecordRow;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.findings.Severity;

/**
 * Builds one finding inside a rule consequence. Messages may name facts in braces — {@code {due}},
 * {@code {done}}, {@code {daysLate}}, {@code {period}} of the deadline, or any fact added with
 * {@link #fact} — and dates print as dd/MM/yyyy.
 */
public final class FindingBuilder {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FindingCollector collector;
    private final RuleMetadata meta;
    private final Severity severity;
    private final Inspection inspection;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final SortedSet<Integer> computedYears = new TreeSet<>();
    private String papi;
    private String subject;
    private String message;
    private String lateMessage;
    private Deadline deadline;
    private LocalDate judgedOn;

    FindingBuilder(FindingCollector collector, RuleMetadata meta, Severity severity, Inspection inspection) {
        this.collector = collector;
        this.meta = meta;
        this.severity = severity;
        this.inspection = inspection;
        this.papi = meta.papi();
    }

    public FindingBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** A per-row finding: its subject is {@code RECORD[key]}. */
    public FindingBuilder subject(RecordRow row) {
        return subject(row.subject());
    }

    /** The missed deadline: the finding's legal deadline, and the days late among its facts. */
    public FindingBuilder deadline(Deadline deadline) {
        this.deadline = deadline;
        computedYears.addAll(deadline.computedYears());
        return this;
    }

    /** The date whose law applies: it picks the legal-basis text and the rule's period of force (default: the inspection day). */
    public FindingBuilder judgedOn(LocalDate day) {
        this.judgedOn = day;
        return this;
    }

    /** A sub-index other than the rule's own (e.g. 5.2 for land-certificate dossiers); the lead agency follows it. */
    public FindingBuilder papi(String papi) {
        this.papi = papi;
        return this;
    }

    public FindingBuilder fact(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    /** Days from {@code from} to {@code to} were counted on the calendar: note it if their holidays were computed. */
    public FindingBuilder calendarSpan(LocalDate from, LocalDate to) {
        computedYears.addAll(collector.calendar().computedYears(from, to));
        return this;
    }

    public FindingBuilder message(String template) {
        this.message = template;
        return this;
    }

    /** The message to use instead when the duty was done, but late. */
    public FindingBuilder lateMessage(String template) {
        this.lateMessage = template;
        return this;
    }

    /** Adds the finding, unless the rule's law was not in force on the judged date. */
    public void emit() {
        LocalDate judged = judgedOn != null ? judgedOn : inspection.asOf();
        if (!meta.inForceOn(judged)) {
            return;
        }
        if (subject == null || message == null) {
            throw new IllegalStateException("luật \"" + meta.ruleName() + "\": thiếu subject hoặc message");
        }
        Map<String, Object> allFacts = new LinkedHashMap<>(facts);
        if (deadline != null && deadline.isBreached()) {
            allFacts.put("daysLate", deadline.daysLate());
        }
        if (!computedYears.isEmpty()) {
            allFacts.put(FindingCollector.COMPUTED_YEARS, java.util.List.copyOf(computedYears));
        }
        String text = render(deadline != null && deadline.isLate() && lateMessage != null ? lateMessage : message, allFacts);
        String leadAgency = papi.equals(meta.papi()) ? meta.leadAgency() : collector.settings().leadAgencyOf(papi);
        collector.add(new Finding(meta.id(), severity, false, inspection.unit(), papi, leadAgency, subject, text,
                meta.legalBasis().on(judged), deadline == null ? null : deadline.due(), null, allFacts));
    }

    /** Replaces each {@code {name}} of the template; a brace not followed by a name and a closing brace stays as it is. */
    private String render(String template, Map<String, Object> allFacts) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            if (!isName(name)) {
                out.append(template, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(template, from, open).append(format(lookup(name, allFacts)));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private Object lookup(String name, Map<String, Object> allFacts) {
        if (deadline != null) {
            switch (name) {
                case "due": return deadline.due();
                case "done": return deadline.doneOn();
                case "period": return deadline.period();
                case "start": return deadline.start();
                default: break;
            }
        }
        if (name.equals("asOf")) {
            return inspection.asOf();
        }
        if (!allFacts.containsKey(name)) {
            throw new IllegalStateException("luật \"" + meta.ruleName() + "\": thông điệp nhắc {" + name + "} nhưng không có dữ kiện đó");
        }
        return allFacts.get(name);
    }

    private static String format(Object value) {
        if (value instanceof LocalDate d) {
            return d.format(VN_DATE);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(FindingBuilder::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
