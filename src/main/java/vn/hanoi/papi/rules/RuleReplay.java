package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.findings.Finding;
import vn.hanoi.papi.units.UnitRegistry;

/**
 * What-if replay: the submissions inspected in [from, to] evaluated with the rules in service and with a candidate
 * rule base, side by side; per rule id, the findings the candidate would add, remove or change. A finding is keyed by
 * submission id + rule id + subject; "changed" is the same key with a different severity, legal deadline or message.
 * Both sides are evaluated afresh and without the unit's history (repeat, follow-up), so that the difference is the
 * rules' alone; nothing is stored.
 */
public final class RuleReplay {

    /** One finding that differs: {@code before} is null when added, {@code after} when removed. */
    public record Change(String submissionId, String unit, LocalDate inspectedOn, String subject, Finding before,
                         Finding after) {
    }

    /** The differences of one rule id. */
    public record RuleDiff(String ruleId, List<Change> added, List<Change> removed, List<Change> changed) {
    }

    /**
     * @param submissions how many submissions were inspected in the period and replayed
     * @param rules       only the rule ids with a difference, by id
     */
    public record Report(LocalDate from, LocalDate to, String currentVersion, String candidateVersion, int submissions,
                         int findingsBefore, int findingsAfter, List<RuleDiff> rules, long millis) {
    }

    private final Evaluator current;
    private final Evaluator candidate;
    private final String currentVersion;
    private final String candidateVersion;

    public RuleReplay(RuleBase current, RuleBase candidate, WorkingDayCalendar calendar,
                      java.util.function.Supplier<UnitRegistry> units) {
        this.current = new Evaluator(() -> current, calendar, units);
        this.candidate = new Evaluator(() -> candidate, calendar, units);
        this.currentVersion = current.version();
        this.candidateVersion = candidate.version();
    }

    /** Replays the submissions inspected in [from, to] (both ends included); the others are skipped. */
    public Report replay(Collection<Submission> submissions, LocalDate from, LocalDate to) {
        long start = System.nanoTime();
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        List<Submission> inPeriod = submissions.stream()
                .filter(s -> !s.inspectedOn().isBefore(from) && !s.inspectedOn().isAfter(to)).toList();
        List<List<Change>> perSubmission = inParallel(inPeriod, s -> {
            List<Finding> was = current.evaluate(s).findings();
            List<Finding> would = candidate.evaluate(s).findings();
            before.addAndGet(was.size());
            after.addAndGet(would.size());
            return diff(s, was, would);
        });
        Map<String, List<Change>[]> byRule = new TreeMap<>();
        for (List<Change> changes : perSubmission) {
            for (Change c : changes) {
                String ruleId = (c.before() != null ? c.before() : c.after()).ruleId();
                @SuppressWarnings("unchecked")
                List<Change>[] lists = byRule.computeIfAbsent(ruleId,
                        k -> new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()});
                lists[c.before() == null ? 0 : c.after() == null ? 1 : 2].add(c);
            }
        }
        List<RuleDiff> rules = new ArrayList<>();
        byRule.forEach((id, lists) -> rules.add(new RuleDiff(id, lists[0], lists[1], lists[2])));
        return new Report(from, to, currentVersion, candidateVersion, inPeriod.size(), before.get(), after.get(), rules,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * One worker per core. Not the common fork-join pool: its threads do not carry the application's class loader
     * inside the packaged jar, and the rule engine finds its services through that loader.
     */
    private static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                    Thread t = new Thread(task, "rule-replay");
                    t.setContextClassLoader(loader);
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (java.util.concurrent.Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Change> diff(Submission s, List<Finding> was, List<Finding> would) {
        Map<String, Finding> old = byKey(was);
        Map<String, Finding> next = byKey(would);
        List<Change> changes = new ArrayList<>();
        old.forEach((key, f) -> {
            Finding n = next.get(key);
            if (n == null || differs(f, n)) {
                changes.add(new Change(s.submissionId(), s.unit(), s.inspectedOn(), f.subject(), f, n));
            }
        });
        next.forEach((key, n) -> {
            if (!old.containsKey(key)) {
                changes.add(new Change(s.submissionId(), s.unit(), s.inspectedOn(), n.subject(), null, n));
            }
        });
        return changes;
    }

    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        findings.forEach(f -> byKey.put(f.ruleId() + "\u0000" + f.subject(), f));
        return byKey;
    }

    private static boolean differs(Finding a, Finding b) {
        return a.severity() != b.severity() || !Objects.equals(a.legalDeadline(), b.legalDeadline())
                || !Objects.equals(a.message(), b.message());
    }
}
