package vn.hanoi.papi.submissions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.checklist.Submission;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.rules.RuleBaseLoader;
import vn.hanoi.papi.rules.RuleFile;
import vn.hanoi.papi.rules.RuleReplay;

/**
 * What-if replay of the stored submissions with a candidate rule folder: built into a rule base of its own (a broken
 * file is refused with its file and line), the rules in service untouched, nothing stored.
 */
@Service
public class SubmissionReplay {

    private final Engine engine;
    private final MongoTemplate mongo;

    public SubmissionReplay(Engine engine, MongoTemplate mongo) {
        this.engine = engine;
        this.mongo = mongo;
    }

    public RuleReplay.Report replay(Path rulesDir, LocalDate from, LocalDate to) {
        RuleBase candidate = RuleBaseLoader.build(RuleFile.fromDirectory(rulesDir));
        Query query = Query.query(Criteria.where("inspectedOn").gte(from).lte(to));
        List<Submission> submissions = mongo.find(query, StoredSubmission.class).stream()
                .map(StoredSubmission::document)
                .map(d -> engine.validator().parse(d.toJson()))
                .toList();
        return new RuleReplay(engine.rules(), candidate, engine.calendar(), engine::units).replay(submissions, from, to);
    }
}
