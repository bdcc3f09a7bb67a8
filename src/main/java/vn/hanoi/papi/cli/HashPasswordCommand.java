package vn.hanoi.papi.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hash-password}: reads a password (typed without echo at a terminal, or one line of standard input) and
 * prints its bcrypt hash for {@code papi.security.users[].password}. The password is never an argument, so it
 * does not end up in the shell's history.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "In chuỗi băm bcrypt của một mật khẩu (đọc từ bàn phím hoặc đầu vào chuẩn) để ghi vào papi.security.users.")
public final class HashPasswordCommand implements Callable<Integer> {

    public static final int REFUSED = 1;

    private final InputStream in;
    private final Console console;

    @Spec
    CommandSpec spec;

    HashPasswordCommand(InputStream in, Console console) {
        this.in = in;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        String password = read();
        if (password == null || password.isEmpty()) {
            spec.commandLine().getErr().println("Chưa nhập mật khẩu.");
            return REFUSED;
        }
        if (password.equals("demo")) {
            spec.commandLine().getErr().println("Mật khẩu 'demo' chỉ dành cho tài khoản demo của kho nhúng; dịch vụ sẽ "
                    + "từ chối khởi động với nó. Hãy chọn mật khẩu khác.");
            return REFUSED;
        }
        spec.commandLine().getOut().println(new BCryptPasswordEncoder(10).encode(password));
        return 0;
    }

    private String read() throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("Mật khẩu: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }
}
