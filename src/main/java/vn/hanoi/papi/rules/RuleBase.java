package vn.hanoi.papi.rules;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

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

    /** A fresh working memory; disposing it returns it to the pool, reset. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public Collection<RuleMetadata> rules() {
        return metadata.values();
    }
}
