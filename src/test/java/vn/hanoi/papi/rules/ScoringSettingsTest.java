package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.findings.Severity;

/** {@code rules/cchc-scoring.yaml}: read and checked with the rule base; a bad value names the file and line. */
class ScoringSettingsTest {

    static final String FILE = "cchc-scoring.yaml";

    static String projectFile() throws IOException {
        return Files.readString(Path.of("rules", FILE));
    }

    static ScoringSettings read(String yaml) {
        return RuleBaseLoader.scoring(List.of(new RuleFile(FILE, yaml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theProjectFileHoldsTheSpecDefaults() throws IOException {
        ScoringSettings s = read(projectFile());
        assertThat(s.maximum()).isEqualByComparingTo("10");
        assertThat(s.deductionOf(Severity.CRITICAL)).isEqualByComparingTo("2");
        assertThat(s.deductionOf(Severity.MAJOR)).isEqualByComparingTo("1");
        assertThat(s.deductionOf(Severity.MINOR)).isEqualByComparingTo("0.25");
        assertThat(s.deductionOf(Severity.ADVISORY)).isEqualByComparingTo("0");
        assertThat(s.repeatFactor()).isEqualByComparingTo("2");
        assertThat(s.overduePenalty()).isEqualByComparingTo("0.5");
        for (Severity severity : Severity.values()) {
            assertThat(s.deductionOf(severity)).isEqualByComparingTo(ScoringSettings.DEFAULTS.deductionOf(severity));
        }
    }

    @Test
    void theRuleBaseCarriesIt_andAChangeNeedsNoCode(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve(FILE), projectFile().replace("maximum: 10", "maximum: 20")
                .replace("MINOR: 0.25", "MINOR: 0.5"));
        RuleBase base = RuleBaseLoader.build(RuleFile.fromDirectory(dir));
        assertThat(base.scoring().maximum()).isEqualByComparingTo("20");
        assertThat(base.scoring().deductionOf(Severity.MINOR)).isEqualByComparingTo("0.5");
        Files.writeString(dir.resolve(FILE), projectFile().replace("overduePenalty: 0.5", "overduePenalty: -1"));
        assertThatThrownBy(() -> RuleBaseLoader.build(RuleFile.fromDirectory(dir)))
                .isInstanceOf(RuleBuildException.class).hasMessageContaining(FILE + ":");
    }

    @Test
    void withoutTheFile_theSpecDefaults() {
        assertThat(RuleBaseLoader.scoring(List.of())).isEqualTo(ScoringSettings.DEFAULTS);
    }

    /** The line of {@code key} in the project file, counted here independently of the loader. */
    static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void aNegativeValueIsRefusedWithFileAndLine() throws IOException {
        String yaml = projectFile().replace("MAJOR: 1 ", "MAJOR: -1 ");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(RuleBuildException.class)
                .hasMessageContaining(FILE + ":" + lineOf(yaml, "MAJOR:") + ": MAJOR không được âm (nhận -1)");
    }

    @Test
    void moreThanTwoDecimalsIsRefused() throws IOException {
        String yaml = projectFile().replace("overduePenalty: 0.5", "overduePenalty: 0.125");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining(FILE + ":" + lineOf(yaml, "overduePenalty:")
                + ": overduePenalty tối đa 2 chữ số thập phân");
    }

    @Test
    void aRepeatFactorBelowOneAndAZeroMaximumAreRefused() throws IOException {
        String yaml = projectFile().replace("repeatFactor: 2", "repeatFactor: 0.5").replace("maximum: 10", "maximum: 0");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining(FILE + ":" + lineOf(yaml, "repeatFactor:") + ": repeatFactor phải ≥ 1")
                .hasMessageContaining(FILE + ":" + lineOf(yaml, "maximum:") + ": maximum phải lớn hơn 0");
    }

    @Test
    void notANumber_orAnUnknownKey_isRefusedWithItsLine() throws IOException {
        String text = projectFile().replace("maximum: 10", "maximum: mười");
        assertThatThrownBy(() -> read(text)).isInstanceOf(RuleBuildException.class)
                .hasMessageContaining(FILE + ":" + lineOf(text, "maximum:"));
        String unknown = projectFile().replace("repeatFactor: 2", "repeatFactor: 2\nrepeatFactr: 3");
        // Jackson names the line where it noticed the unknown key (at or just after it).
        assertThatThrownBy(() -> read(unknown)).hasMessageMatching("(?s).*" + FILE.replace(".", "\\.") + ":\\d+: .*repeatFactr.*");
    }

    @Test
    void aMissingSeverityIsRefused() throws IOException {
        String yaml = projectFile().replace("  ADVISORY: 0       # Khuyến nghị: không trừ điểm\n", "");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("deductions thiếu mức ADVISORY");
    }

    @Test
    void exactValues() throws IOException {
        assertThat(read(projectFile()).deductionOf(Severity.MINOR)).isEqualTo(new BigDecimal("0.25"));
    }
}
