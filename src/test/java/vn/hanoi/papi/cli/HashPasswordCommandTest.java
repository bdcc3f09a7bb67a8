package vn.hanoi.papi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

/** {@code hash-password} prints a bcrypt hash the service accepts in papi.security.users, and never for "demo". */
class HashPasswordCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new HashPasswordCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return new Run(line.execute(), out.toString().strip(), err.toString());
    }

    @Test
    void aPasswordOnStandardInputGivesItsBcryptHash() {
        Run run = run("Mật-khẩu riêng 2025\n");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("\\$2a\\$10\\$[./0-9A-Za-z]{53}");
        assertThat(new BCryptPasswordEncoder().matches("Mật-khẩu riêng 2025", run.out())).isTrue();
    }

    @Test
    void demoAndNothingAreRefused() {
        Run demo = run("demo\n");
        assertThat(demo.exit()).isEqualTo(HashPasswordCommand.REFUSED);
        assertThat(demo.out()).isEmpty();
        assertThat(demo.err()).contains("'demo'");
        assertThat(run("").exit()).isEqualTo(HashPasswordCommand.REFUSED);
    }

    @Test
    void theCommandLineKnowsTheCommand() {
        assertThat(Cli.handles(new String[] {"hash-password"})).isTrue();
    }
}
