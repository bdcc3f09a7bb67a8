package vn.hanoi.papi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.hanoi.papi.cli.Cli;
import vn.hanoi.papi.startup.ClassPreloader;

/**
 * The service, or, when the first argument is a word rather than an option, the command line ({@code evaluate}; an
 * unknown word gets the usage and exit code 2, never a service started by mistake).
 */
@SpringBootApplication
public class PapiApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        ClassPreloader.start(PapiApplication.class.getClassLoader());
        SpringApplication.run(PapiApplication.class, args);
    }
}
