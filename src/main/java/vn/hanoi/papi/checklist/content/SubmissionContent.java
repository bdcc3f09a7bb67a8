package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answers and record lists of a submission, typed. A null section was not inspected; an empty
 * record list means "none happened".
 */
public record SubmissionContent(
        BudgetAnswers budget,
        PoorAnswers poor,
        GdlAnswers gdl,
        PibAnswers pib,
        EgovAnswers egov,
        List<BudgetExecution> budgetExecution,
        List<PoorComplaint> poorComplaints,
        List<PibReport> pibReports,
        List<PibRecommendation> pibRecommendations,
        List<InvestmentProject> investmentProjects,
        List<VillageElection> villageElections,
        List<Dossier> dossiers,
        List<Complaint> complaints,
        List<Denunciation> denunciations,
        List<ReceptionDay> receptionDays,
        List<ReceptionPetition> receptionPetitions,
        List<PortalQuestion> portalQuestions) {

    /** Section codes of the template, in the order of the fields above. */
    public static final List<String> SECTIONS = List.of(
            "BUDGET", "POOR", "GDL", "PIB", "EGOV",
            "BUDGET_EXECUTION", "POOR_COMPLAINTS", "PIB_REPORTS", "PIB_RECOMMENDATIONS", "INVESTMENT_PROJECTS",
            "VILLAGE_ELECTIONS", "DOSSIERS", "COMPLAINTS", "DENUNCIATIONS", "RECEPTION_DAYS",
            "RECEPTION_PETITIONS", "PORTAL_QUESTIONS");

    private List<Object> sectionValues() {
        List<Object> values = new ArrayList<>(SECTIONS.size());
        Stream.of(budget, poor, gdl, pib, egov, budgetExecution, poorComplaints, pibReports, pibRecommendations,
                        investmentProjects, villageElections, dossiers, complaints, denunciations, receptionDays,
                        receptionPetitions, portalQuestions)
                .forEach(values::add);
        return values;
    }

    /** The sections present in the submission, in template order. */
    @JsonIgnore
    public List<String> inspectedSections() {
        List<Object> values = sectionValues();
        List<String> inspected = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            if (values.get(i) != null) {
                inspected.add(SECTIONS.get(i));
            }
        }
        return inspected;
    }

    /** The sections left out: they were not inspected and their rules did not run. */
    @JsonIgnore
    public List<String> notInspectedSections() {
        List<String> inspected = inspectedSections();
        return SECTIONS.stream().filter(s -> !inspected.contains(s)).toList();
    }

    /** Every answer section and every row, as rule facts. */
    @JsonIgnore
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        for (Object value : sectionValues()) {
            if (value instanceof List<?> rows) {
                facts.addAll(rows);
            } else if (value != null) {
                facts.add(value);
            }
        }
        return facts;
    }
}
