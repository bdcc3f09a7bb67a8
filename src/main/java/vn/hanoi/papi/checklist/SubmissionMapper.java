package vn.hanoi.papi.checklist;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.papi.checklist.content.BudgetAnswers;
import vn.hanoi.papi.checklist.content.BudgetExecution;
import vn.hanoi.papi.checklist.content.Complaint;
import vn.hanoi.papi.checklist.content.Denunciation;
import vn.hanoi.papi.checklist.content.Dossier;
import vn.hanoi.papi.checklist.content.EgovAnswers;
import vn.hanoi.papi.checklist.content.GdlAnswers;
import vn.hanoi.papi.checklist.content.InvestmentProject;
import vn.hanoi.papi.checklist.content.PibAnswers;
import vn.hanoi.papi.checklist.content.PibRecommendation;
import vn.hanoi.papi.checklist.content.PibReport;
import vn.hanoi.papi.checklist.content.PoorAnswers;
import vn.hanoi.papi.checklist.content.PoorComplaint;
import vn.hanoi.papi.checklist.content.PortalQuestion;
import vn.hanoi.papi.checklist.content.ReceptionDay;
import vn.hanoi.papi.checklist.content.ReceptionPetition;
import vn.hanoi.papi.checklist.content.SubmissionContent;
import vn.hanoi.papi.checklist.content.VillageElection;
import vn.hanoi.papi.units.Unit;

/** Turns a validated submission document into typed values; it trusts the validator. */
final class SubmissionMapper {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    Submission toSubmission(JsonNode root, Unit unit) {
        JsonNode answers = root.path("answers");
        JsonNode records = root.path("records");
        SubmissionContent content = new SubmissionContent(
                section(answers, "BUDGET", BudgetAnswers.class),
                section(answers, "POOR", PoorAnswers.class),
                section(answers, "GDL", GdlAnswers.class),
                section(answers, "PIB", PibAnswers.class),
                section(answers, "EGOV", EgovAnswers.class),
                rows(records, "BUDGET_EXECUTION", BudgetExecution.class),
                rows(records, "POOR_COMPLAINTS", PoorComplaint.class),
                rows(records, "PIB_REPORTS", PibReport.class),
                rows(records, "PIB_RECOMMENDATIONS", PibRecommendation.class),
                rows(records, "INVESTMENT_PROJECTS", InvestmentProject.class),
                rows(records, "VILLAGE_ELECTIONS", VillageElection.class),
                rows(records, "DOSSIERS", Dossier.class),
                rows(records, "COMPLAINTS", Complaint.class),
                rows(records, "DENUNCIATIONS", Denunciation.class),
                rows(records, "RECEPTION_DAYS", ReceptionDay.class),
                rows(records, "RECEPTION_PETITIONS", ReceptionPetition.class),
                rows(records, "PORTAL_QUESTIONS", PortalQuestion.class));
        return new Submission(
                root.get("submissionId").asString(),
                root.get("template").asString(),
                root.get("templateVersion").asInt(),
                unit.code(),
                InspectionType.valueOf(root.get("inspectionType").asString()),
                ValueChecker.date(root.get("inspectedOn")),
                new InspectionPeriod(ValueChecker.date(root.path("period").get("from")),
                        ValueChecker.date(root.path("period").get("to"))),
                MAPPER.treeToValue(root.get("inspectors"), MAPPER.getTypeFactory().constructCollectionType(List.class, String.class)),
                content);
    }

    /** The answers of one section, or null when none of its items is present (not inspected). */
    private static <T> T section(JsonNode answers, String section, Class<T> type) {
        if (!answers.isObject()) {
            return null;
        }
        ObjectNode items = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> e : answers.properties()) {
            if (ChecklistTemplate.sectionOf(e.getKey()).equals(section)) {
                items.set(e.getKey(), e.getValue());
            }
        }
        return items.isEmpty() ? null : MAPPER.treeToValue(items, type);
    }

    private static <T> List<T> rows(JsonNode records, String name, Class<T> type) {
        JsonNode list = records.isObject() ? records.get(name) : null;
        if (list == null) {
            return null;
        }
        JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        List<T> rows = MAPPER.treeToValue(list, listType);
        return List.copyOf(rows);
    }
}
