package vn.hanoi.papi.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import vn.hanoi.papi.calendar.WorkingDayCalendar;
import vn.hanoi.papi.checklist.ChecklistTemplates;
import vn.hanoi.papi.checklist.SubmissionValidator;
import vn.hanoi.papi.findings.Evaluation;
import vn.hanoi.papi.rules.CurrentRules;
import vn.hanoi.papi.rules.Evaluator;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.rules.RuleBaseLoader;
import vn.hanoi.papi.rules.RuleFile;
import vn.hanoi.papi.units.UnitRegistry;

/**
 * The rules engine assembled: calendar, units, templates, the compiled rule base, the validator and the
 * evaluator. Built once per process and shared; the command line and the service use the same one.
 */
public final class Engine {

    /** Today is a day in Hà Nội: deadlines, "overdue" and "not after today" are judged on Vietnamese dates. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EngineSources sources;
    private final WorkingDayCalendar calendar;
    private final AtomicReference<UnitRegistry> units;
    private final ChecklistTemplates templates;
    private final SubmissionValidator validator;
    private final CurrentRules rules;
    private final Evaluator evaluator;

    private Engine(EngineSources sources, WorkingDayCalendar calendar, UnitRegistry units, ChecklistTemplates templates,
                   CurrentRules rules, Clock clock) {
        this.sources = sources;
        this.calendar = calendar;
        this.units = new AtomicReference<>(units);
        this.templates = templates;
        this.rules = rules;
        this.validator = new SubmissionValidator(templates, this.units::get, clock);
        this.evaluator = new Evaluator(this.rules, calendar, this.units::get);
    }

    /** The engine with its rules built now: a broken rule file throws here, with its file, line and message. */
    public static Engine load(EngineSources sources) {
        return load(sources, Clock.system(HANOI));
    }

    /** The same, with the clock that tells the validator what day it is today. */
    public static Engine load(EngineSources sources, Clock clock) {
        Engine engine = withRulesOnFirstUse(sources, clock);
        engine.rules();
        return engine;
    }

    /**
     * The engine with its reference data read now (calendar, units, templates: a bad file throws here) and its rules
     * compiled when they are first asked for — the longest step of a start (seconds), which the service runs once its
     * pages answer (see {@link RulesInService}).
     */
    public static Engine withRulesOnFirstUse(EngineSources sources, Clock clock) {
        String root = EngineSources.CLASSPATH_ROOT;
        WorkingDayCalendar calendar = sources.calendar() != null
                ? WorkingDayCalendar.fromDirectory(sources.calendar())
                : WorkingDayCalendar.fromClasspath(root + "/fixtures/calendar");
        UnitRegistry units = sources.units() != null
                ? UnitRegistry.fromFile(sources.units())
                : UnitRegistry.read(Engine.class.getClassLoader().getResourceAsStream(root + "/fixtures/units/hanoi.json"),
                        "classpath:" + root + "/fixtures/units/hanoi.json");
        ChecklistTemplates templates = sources.templates() != null
                ? ChecklistTemplates.fromDirectory(sources.templates())
                : ChecklistTemplates.fromClasspath(root + "/fixtures/templates");
        return new Engine(sources, calendar, units, templates, CurrentRules.buildOnFirstUse(() -> buildRules(sources)), clock);
    }

    private static RuleBase buildRules(EngineSources sources) {
        return RuleBaseLoader.build(sources.rules() != null
                ? RuleFile.fromDirectory(sources.rules())
                : RuleFile.fromClasspath(EngineSources.CLASSPATH_ROOT + "/rules"));
    }

    /**
     * Rebuilds the rule base from its folder and puts it in service. A broken file throws
     * {@link vn.hanoi.papi.rules.RuleBuildException} with its file, line and message, and the rules in service
     * stay as they were; evaluations already running finish with the rules they started with.
     */
    public RuleBase reloadRules() {
        RuleBase next = buildRules(sources);
        rules.replace(next);
        return next;
    }

    /** Puts an updated unit registry in service (units are kept in the store; see the units API). */
    public void replaceUnits(UnitRegistry registry) {
        units.set(registry);
    }

    /** Parses, validates and evaluates one submission document; a bad one throws with every problem named. */
    public Evaluation evaluate(byte[] json) {
        return evaluator.evaluate(validator.parse(json));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public UnitRegistry units() {
        return units.get();
    }

    public ChecklistTemplates templates() {
        return templates;
    }

    public SubmissionValidator validator() {
        return validator;
    }

    /** The rule base in service now. */
    public RuleBase rules() {
        return rules.get();
    }

    public CurrentRules currentRules() {
        return rules;
    }

    public Evaluator evaluator() {
        return evaluator;
    }
}
