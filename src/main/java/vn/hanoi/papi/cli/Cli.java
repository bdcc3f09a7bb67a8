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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.hanoi.papi.engine.EngineSources;

/** The command line: runs without Spring, a server or a database. */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("evaluate", "replay", "hash-password");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        CommandLine line = new CommandLine(switch (args[0]) {
            case "hash-password" -> new HashPasswordCommand(System.in, System.console());
            case "replay" -> new ReplayCommand(EngineSources.standard());
            default -> new EvaluateCommand(EngineSources.standard());
        });
        line.setOut(out);
        line.setErr(err);
        return line.execute(rest);
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
