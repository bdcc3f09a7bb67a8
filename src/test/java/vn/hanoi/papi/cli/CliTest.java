package vn.hanoi.papi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void aFirstArgumentThatIsAWordIsForTheCommandLineAndAnOptionOrNothingStartsTheService() {
        assertThat(Cli.handles(new String[] {"evaluate", "x.json"})).isTrue();
        assertThat(Cli.handles(new String[] {"evalu", "x.json"})).isTrue();
        assertThat(Cli.handles(new String[] {})).isFalse();
        assertThat(Cli.handles(new String[] {"--server.port=8081"})).isFalse();
        assertThat(Cli.handles(new String[] {"--spring.profiles.active=x", "evaluate"})).isFalse();
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWith2() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"evalu", "fixtures/submissions/2024-minh-tri-surprise-land-dossiers.json"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(Cli.UNKNOWN_COMMAND).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("lệnh không rõ: evalu\nCách dùng:\n")
                .contains("java -jar papi-checker.jar [--thiết.lập=giá.trị…]   chạy dịch vụ",
                        "java -jar papi-checker.jar evaluate ", "[--units=FILE] FILE...",
                        "java -jar papi-checker.jar replay ", "--rules=DIR",
                        "java -jar papi-checker.jar hash-password");
    }

    private static String refused(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Cli.run(args, new PrintWriter(out), new PrintWriter(err))).isEqualTo(expectedExit);
        assertThat(err.toString()).doesNotContain("Missing", "Unknown", "Invalid", "Usage", "Print ");
        return err.toString();
    }

    @Test
    void aCommandLinePicocliCannotTakeIsExplainedInVietnameseWithTheUsage() {
        assertThat(refused(2, "evaluate")).startsWith("thiếu tham số FILE\nCách dùng: evaluate");
        assertThat(refused(2, "evaluate", "--jsn", "x.json")).startsWith("tùy chọn hoặc tham số không rõ: --jsn (có phải --json?)");
        assertThat(refused(2, "evaluate", "x.json", "--units")).startsWith("thiếu giá trị của tùy chọn --units FILE");
        assertThat(refused(2, "replay", "--from", "2024-01-01", "--to", "2024-12-31"))
                .startsWith("thiếu tùy chọn bắt buộc --rules DIR");
        assertThat(refused(2, "replay", "--rules", "rules", "--from", "2024-13-01", "--to", "2024-12-31"))
                .startsWith("giá trị không hợp lệ cho tùy chọn --from DATE: 2024-13-01");
    }

    @Test
    void theHelpIsInVietnamese() {
        StringWriter out = new StringWriter();
        assertThat(Cli.run(new String[] {"evaluate", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).startsWith("Cách dùng: evaluate")
                .contains("In hướng dẫn này rồi thoát.", "In phiên bản rồi thoát.", "Tùy chọn:", "Tham số:")
                .doesNotContain("Print", "Show this help");
    }
}
