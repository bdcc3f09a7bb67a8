package vn.hanoi.papi.rules;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * A compiled rule set: built once per process (or per reload), shared by every evaluation.
 *
 * @param sessions working memories reused across evaluations (creating one per evaluation costs more than the rules)
 * @param version  content hash of the rule files, stored with each evaluation
 * @param metadata each DRL rule's declared metadata, by rule name
 * @param scoring  the CCHC scoring figures ({@code cchc-scoring.yaml}; the spec's defaults when the folder has none)
 */
public record RuleBase(KieBase kieBase, KieSessionsPool sessions, RuleSettings settings, String version,
                       Map<String, RuleMetadata> metadata, ScoringSettings scoring) {

    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    /**
     * A fresh working memory; disposing it returns it to the pool, reset. Each session serves one evaluation on one
     * thread at a time, so it is built without Drools' thread-safety (its synchronised propagation list and agenda
     * state machine).
     */
    public KieSession newSession() {
        return sessions.newKieSession(ONE_THREAD);
    }

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    public Collection<RuleMetadata> rules() {
        return metadata.values();
    }
}
