package vn.hanoi.papi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.hanoi.papi.cli.Cli;

/** The service, or, when the first argument names a command ({@code evaluate}), the command line. */
@SpringBootApplication
public class PapiApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(PapiApplication.class, args);
    }
}
