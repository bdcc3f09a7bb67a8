package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.conf.ThreadSafeOption;
import vn.hanoi.papi.support.RuleFolders;

class RuleBaseLoaderTest {

    @TempDir
    Path dir;

    private Path copyOfTheRules() throws IOException {
        return RuleFolders.copyOfTheRules(dir);
    }

    private static final String HEADER = """
            package papi.rules;
            import vn.hanoi.papi.findings.Severity;
            import vn.hanoi.papi.checklist.content.PibAnswers;
            """;

    @Test
    void theProjectRulesBuildAndEveryRuleCarriesItsMetadata() {
        RuleBase base = RuleBaseLoader.build(RuleFile.fromDirectory(Path.of("rules")));
        assertThat(base.rules()).filteredOn(meta -> !meta.isHistoryRule()).isNotEmpty().allSatisfy(meta -> {
            assertThat(meta.id()).matches("[A-Z]+-\\d{2}");
            assertThat(meta.papi()).matches("\\d\\.\\d");
            assertThat(meta.legalBasis().versions()).isNotEmpty();
        });
        assertThat(base.rules()).filteredOn(RuleMetadata::isHistoryRule).extracting(RuleMetadata::id)
                .containsExactlyInAnyOrder("FOLLOWUP-01", "REPEAT");
        assertThat(base.version()).hasSize(16);
    }

    /** Sessions come from the pool, one thread each: disposed sessions are handed out again, reset. */
    @Test
    void sessionsArePooledWithoutThreadSafety() {
        RuleBase base = RuleBaseLoader.build(RuleFile.fromDirectory(Path.of("rules")));
        Set<KieSession> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 20; i++) {
            KieSession session = base.newSession();
            assertThat(session.getSessionConfiguration().getOption(ThreadSafeOption.KEY)).isEqualTo(ThreadSafeOption.NO);
            assertThat(session.getFactCount()).isZero();
            session.insert("a fact");
            session.dispose();
            handedOut.add(session);
        }
        assertThat(handedOut).hasSizeLessThanOrEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        RuleFolders.addBrokenRule(copyOfTheRules());
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith(RuleFolders.BROKEN_RULE_AT)));
    }

    @Test
    void anUnknownFieldIsReportedWithItsFile() throws IOException {
        Files.writeString(copyOfTheRules().resolve("broken.drl"), HEADER + """
                rule "X-01 sai tên trường"
                    @id("X-01") @papi("1.2") @leadAgency("SO-NOI-VU") @legalBasis("Luật")
                when
                    PibAnswers(memberz < 5)
                then
                end
                """);
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("broken.drl")
                .hasMessageContaining("memberz");
    }

    @Test
    void aRuleWithoutItsMetadataOrWithTheWrongLeadAgencyIsRefused() throws IOException {
        Files.writeString(copyOfTheRules().resolve("bare.drl"), HEADER + """
                rule "X-01 không có id"
                    @papi("1.2") @leadAgency("SO-NOI-VU") @legalBasis("Luật")
                when
                    PibAnswers(members < 5)
                then
                end
                rule "X-02 sai cơ quan"
                    @id("X-02") @papi("1.2") @leadAgency("SO-TAI-CHINH") @legalBasis("Luật") @effectiveFrom("2023-13-01")
                when
                    PibAnswers(members < 5)
                then
                end
                """);
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("bare.drl", "X-01 không có id", "thiếu @id"))
                        .anySatisfy(p -> assertThat(p).contains("bare.drl", "X-02 sai cơ quan", "@effectiveFrom")));
    }

    @Test
    void aLeadAgencyThatContradictsTheAppendixIsRefused() throws IOException {
        Files.writeString(copyOfTheRules().resolve("lead.drl"), HEADER + """
                rule "X-02 sai cơ quan"
                    @id("X-02") @papi("1.2") @leadAgency("SO-TAI-CHINH") @legalBasis("Luật")
                when
                    PibAnswers(members < 5)
                then
                end
                """);
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .hasMessageContaining("lead.drl")
                .hasMessageContaining("SO-NOI-VU");
    }

    @Test
    void badSettingsAreRefusedWithTheFileAndLine() throws IOException {
        copyOfTheRules();
        Files.writeString(dir.resolve("settings.yaml"), Files.readString(dir.resolve("settings.yaml"))
                .replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 0.95\nremediationDays: 3"));
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("settings.yaml:")
                .hasMessageContaining("remediationDays");
        Files.writeString(dir.resolve("settings.yaml"), Files.readString(Path.of("rules/settings.yaml"))
                .replace("tthcOnTimeThreshold: 0.95", "tthcOnTimeThreshold: 95"));
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir))).hasMessageContaining("tthcOnTimeThreshold");
    }

    @Test
    void settingsAreChangedWithoutCode() throws IOException {
        copyOfTheRules();
        Files.writeString(dir.resolve("settings.yaml"), Files.readString(dir.resolve("settings.yaml"))
                .replace("MAJOR: 10", "MAJOR: 15"));
        RuleBase base = RuleBaseLoader.build(RuleFile.fromDirectory(dir));
        assertThat(base.settings().remediationDays(vn.hanoi.papi.findings.Severity.MAJOR)).isEqualTo(15);
        assertThat(base.version()).isNotEqualTo(RuleBaseLoader.build(RuleFile.fromDirectory(Path.of("rules"))).version());
    }

    @Test
    void aDecisionTableIsReadOnlyWhenItsNameEndsInDrlCsv() throws IOException {
        copyOfTheRules();
        String table = """
                RuleSet,papi.rules
                Import,"vn.hanoi.papi.checklist.content.PibAnswers, vn.hanoi.papi.findings.Severity"
                ,
                RuleTable X-09 bảng thử
                CONDITION,ACTION
                p : PibAnswers,
                members < $param,"out.raise(kcontext, Severity.MINOR).subject(""PIB.MEMBERS"").message(""thử"").emit();"
                Số thành viên dưới,Hành động
                3,x
                """;
        Files.writeString(dir.resolve("ignored.csv"), table);
        int withoutTable = RuleBaseLoader.build(RuleFile.fromDirectory(dir)).metadata().size();
        Files.writeString(dir.resolve("table.drl.csv"), table);
        // The generated rule has no @id: the build refuses it, which proves that the table was read.
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .hasMessageContaining("table.drl.csv")
                .hasMessageContaining("thiếu @id");
        assertThat(withoutTable).isEqualTo(RuleBaseLoader.build(RuleFile.fromDirectory(Path.of("rules"))).metadata().size());
    }

    @Test
    void aMissingFolderOrSettingsFileIsAClearError() throws IOException {
        assertThatThrownBy(() -> RuleFile.fromDirectory(dir.resolve("nowhere"))).hasMessageContaining("không tồn tại");
        Files.writeString(dir.resolve("only.drl"), "package papi.rules;\n");
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir))).hasMessageContaining("settings.yaml");
    }

    @Test
    void theLegalBasisTextIsPickedByDate() {
        LegalBasis basis = LegalBasis.parse("Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9 | 2025-07-01: Nghị định 118/2025/NĐ-CP");
        assertThat(basis.on(java.time.LocalDate.parse("2025-06-30"))).isEqualTo("Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9");
        assertThat(basis.on(java.time.LocalDate.parse("2025-07-01"))).isEqualTo("Nghị định 118/2025/NĐ-CP");
    }
}
