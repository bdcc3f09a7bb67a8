package vn.hanoi.papi.rules.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.papi.rules.CurrentRules;
import vn.hanoi.papi.rules.RuleBase;
import vn.hanoi.papi.rules.RuleMetadata;

/** Read-only view of the rules in service, for rule authors and for the clients that show legal bases. */
@RestController
@RequestMapping("/api/rules")
class RuleCatalogController {

    private final CurrentRules rules;
    private final RuleViewMapper mapper;

    RuleCatalogController(CurrentRules rules, RuleViewMapper mapper) {
        this.rules = rules;
        this.mapper = mapper;
    }

    @GetMapping
    RuleCatalogView rules() {
        RuleBase base = rules.get();
        List<RuleMetadata> rules = base.rules().stream()
                .sorted(Comparator.comparing(RuleMetadata::id).thenComparing(RuleMetadata::ruleName))
                .toList();
        return new RuleCatalogView(base.version(), rules.size(), mapper.toViews(rules));
    }
}
