package vn.hanoi.papi.rules.web;

import java.util.List;

/** The rules in service and their version (the content hash stored with every evaluation). */
public record RuleCatalogView(String version, int count, List<RuleView> rules) {
}
