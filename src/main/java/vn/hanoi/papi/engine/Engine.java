package vn.hanoi.papi.engine;

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

    private final WorkingDayCalendar calendar;
    private final UnitRegistry units;
    private final ChecklistTemplates templates;
    private final SubmissionValidator validator;
    private final CurrentRules rules;
    private final Evaluator evaluator;

    private Engine(WorkingDayCalendar calendar, UnitRegistry units, ChecklistTemplates templates, RuleBase rules) {
        this.calendar = calendar;
        this.units = units;
        this.templates = templates;
        this.rules = new CurrentRules(rules);
        this.validator = new SubmissionValidator(templates, units);
        this.evaluator = new Evaluator(this.rules, calendar, units);
    }

    public static Engine load(EngineSources sources) {
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
        RuleBase rules = RuleBaseLoader.build(sources.rules() != null
                ? RuleFile.fromDirectory(sources.rules())
                : RuleFile.fromClasspath(root + "/rules"));
        return new Engine(calendar, units, templates, rules);
    }

    /** Parses, validates and evaluates one submission document; a bad one throws with every problem named. */
    public Evaluation evaluate(byte[] json) {
        return evaluator.evaluate(validator.parse(json));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public UnitRegistry units() {
        return units;
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
