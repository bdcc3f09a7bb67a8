package vn.hanoi.papi.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.hanoi.papi.engine.EngineSources;
import vn.hanoi.papi.json.JsonErrors;

/** The command line: runs without Spring, a server or a database. */
public final class Cli {

    private static final List<String> COMMANDS = List.of("evaluate", "replay", "hash-password");
    /** picocli's own texts (headings, the help and version options) in Vietnamese. */
    private static final String TEXTS = "vn.hanoi.papi.cli.CommandTexts";

    /** The exit code of a command line that names no known command (picocli's own code for a usage error). */
    public static final int UNKNOWN_COMMAND = 2;

    private Cli() {
    }

    /**
     * Whether the arguments are for the command line rather than the service: the first one is a word, not an option.
     * The service takes none (`java -jar` alone) or options such as {@code --server.port=8081}; a mistyped command must
     * not start it.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs a command and returns its exit code; an unknown one prints the usage on {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (!COMMANDS.contains(args[0])) {
            err.println("lệnh không rõ: " + JsonErrors.excerpt(args[0]));
            err.print(usage());
            err.flush();
            return UNKNOWN_COMMAND;
        }
        CommandLine line = commandLine(args[0]);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(Cli::refuse);
        return line.execute(Arrays.copyOfRange(args, 1, args.length));
    }

    private static CommandLine commandLine(String name) {
        CommandLine line = new CommandLine(command(name));
        line.setResourceBundle(ResourceBundle.getBundle(TEXTS));
        return line;
    }

    /** A command line picocli cannot take: what is wrong, in Vietnamese, then the command's usage; exit code 2. */
    private static int refuse(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(whatIsWrong(e));
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's reasons, told in Vietnamese; its own texts are English. */
    static String whatIsWrong(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            if (String.valueOf(e.getMessage()).startsWith("Missing required parameter for option")) {
                return "thiếu giá trị của tùy chọn " + missing.getMissing().stream().map(Cli::named)
                        .collect(Collectors.joining(", "));
            }
            return "thiếu " + missing.getMissing().stream().map(spec -> spec.isOption() ? "tùy chọn bắt buộc "
                    + named(spec) : "tham số " + spec.paramLabel()).collect(Collectors.joining(", "));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            return "tùy chọn hoặc tham số không rõ: " + JsonErrors.excerpt(String.join(" ", unmatched.getUnmatched()))
                    + (suggestions.isEmpty() ? "" : " (có phải " + String.join(", ", suggestions) + "?)");
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "tùy chọn " + named(overwritten.getOverwritten()) + " được cho hơn một lần";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "giá trị không hợp lệ cho " + (e.getArgSpec().isOption() ? "tùy chọn " : "tham số ")
                    + named(e.getArgSpec()) + ": " + JsonErrors.excerpt(e.getValue());
        }
        return "dòng lệnh không hợp lệ";
    }

    private static String named(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() + " " + option.paramLabel()
                : spec.paramLabel();
    }

    private static Object command(String name) {
        return switch (name) {
            case "hash-password" -> new HashPasswordCommand(System.in, System.console());
            case "replay" -> new ReplayCommand(EngineSources.standard());
            default -> new EvaluateCommand(EngineSources.standard());
        };
    }

    /** The service's start and each command's synopsis, as picocli writes it from the command's options. */
    static String usage() {
        String jar = "java -jar papi-checker.jar ";
        StringBuilder usage = new StringBuilder("Cách dùng:\n  " + jar + "[--thiết.lập=giá.trị…]   chạy dịch vụ (trang web và API)\n");
        for (String name : COMMANDS) {
            usage.append("  ").append(jar).append(commandLine(name).getHelp().synopsis(0));
        }
        return usage.append("Các tùy chọn của một lệnh: ").append(jar).append("LỆNH --help\n").toString();
    }

    public static int run(String[] args) {
        quietLogging();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    /** Library logs go to standard error, warnings only, so that standard output carries nothing but the result. */
    private static void quietLogging() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        context.getLogger("org.drools").setLevel(Level.ERROR);
    }
}
