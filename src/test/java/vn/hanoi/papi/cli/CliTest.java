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
}
