package vn.hanoi.papi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.papi.PapiApplication;
import vn.hanoi.papi.rules.CurrentRules;
import vn.hanoi.papi.rules.RuleBuildException;
import vn.hanoi.papi.support.RuleFolders;

/**
 * The rules compile right after the web server has started (so that the pages answer meanwhile); the start is
 * complete only with them in service, and a broken rule file still stops it, naming file and line.
 */
class RulesAtStartTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path rules;

    @Test
    void thePagesAnswerBeforeTheRulesCompileAndTheServiceIsReadyOnlyWithThem() throws IOException {
        copyStandardRules();
        Map<String, Object> seen = new ConcurrentHashMap<>();
        ApplicationListener<ApplicationEvent> watch = event -> {
            if (event instanceof ApplicationStartedEvent e) {          // the web server has started, no runner has run
                seen.put("rules built", e.getApplicationContext().getBean(CurrentRules.class).built());
                int port = e.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port", int.class);
                seen.put("/login", status(port, "/login"));
                seen.put("readiness", status(port, "/actuator/health/readiness"));
            }
        };
        try (ConfigurableApplicationContext service = start(watch)) {
            assertThat(seen).containsEntry("rules built", false).containsEntry("/login", 200)
                    .containsEntry("readiness", 503);
            CurrentRules current = service.getBean(CurrentRules.class);
            assertThat(current.built()).isTrue();
            assertThat(current.get().rules()).isNotEmpty();
            int port = service.getEnvironment().getRequiredProperty("local.server.port", int.class);
            assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);
        }
    }

    @Test
    void aBrokenRuleFileStopsTheStartWithItsFileAndLine() throws IOException {
        copyStandardRules();
        RuleFolders.addBrokenRule(rules);
        Throwable refused = catchThrowable(this::start);
        assertThat(refused).isInstanceOf(RuleBuildException.class);
        assertThat(((RuleBuildException) refused).problems()).first().asString().startsWith(RuleFolders.BROKEN_RULE_AT);
    }

    private ConfigurableApplicationContext start(ApplicationListener<?>... listeners) {
        return new SpringApplicationBuilder(PapiApplication.class).listeners(listeners)
                .run("--server.port=0", "--papi.rules-dir=" + rules);
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void copyStandardRules() throws IOException {
        RuleFolders.copyOfTheRules(rules);
    }
}
