package vn.hanoi.papi.rules.web;

import java.time.LocalDate;
import java.util.List;

/** A rule of the catalog as the API shows it. */
public record RuleView(
        String id,
        String name,
        String papi,
        String leadAgency,
        List<LegalBasisView> legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    /** One text of the legal basis and the day it took effect (null: from the start). */
    public record LegalBasisView(LocalDate from, String text) {
    }
}
