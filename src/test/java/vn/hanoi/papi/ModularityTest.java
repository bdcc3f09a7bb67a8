package vn.hanoi.papi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the feature packages from tangling: the domain never reaches up to the edges. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hanoi.papi");

    /**
     * The domain of each feature (its root package) forms no cycle; its store and web parts are the application's
     * edges and may use the assembled engine.
     */
    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.hanoi.papi.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.describe("store or web classes",
                                (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().matches(".*\\.(store|web)(\\..*)?")
                                        || c.getPackageName().startsWith("vn.hanoi.papi.submissions")),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void controllersStayThinAndOnlyTheEdgesUseThem() {
        noClasses().that().resideOutsideOfPackages("..web..")
                .should().dependOnClassesThat().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .check(CLASSES);
    }

    @Test
    void theCalendarUnitsAndFindingsStandAlone() {
        noClasses().that().resideInAnyPackage("..papi.calendar..", "..papi.units", "..papi.findings")
                .should().dependOnClassesThat().resideInAnyPackage("..papi.checklist..", "..papi.rules..",
                        "..papi.engine..", "..papi.cli..", "..store..", "..web..")
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotKnowTheEdges() {
        noClasses().that().resideInAnyPackage("..papi.calendar..", "..papi.units", "..papi.units.store..",
                        "..papi.findings", "..papi.findings.store..", "..papi.checklist", "..papi.checklist.content..",
                        "..papi.checklist.store..")
                .should().dependOnClassesThat().resideInAnyPackage("..papi.cli..", "..web..", "org.springframework.web..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..papi.rules").should()
                .dependOnClassesThat().resideInAnyPackage("..papi.cli..", "..papi.engine..", "org.springframework.web..", "org.springframework.boot..")
                .check(CLASSES);
    }
}
