package vn.hanoi.papi.rules;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled rule set: built once per process (or per reload), shared by every evaluation.
 *
 * @param version  content hash of the rule files, stored with each evaluation
 * @param metadata each DRL rule's declared metadata, by rule name
 */
public record RuleBase(KieBase kieBase, RuleSettings settings, String version, Map<String, RuleMetadata> metadata) {

    public Collection<RuleMetadata> rules() {
        return metadata.values();
    }
}
