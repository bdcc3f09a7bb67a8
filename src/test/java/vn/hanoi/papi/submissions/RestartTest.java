package vn.hanoi.papi.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.PapiApplication;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Examples;

/** The embedded default keeps its data in a file: a restart keeps every submission and finding. */
class RestartTest {

    private static ConfigurableApplicationContext start(Path dataDir, boolean seed) {
        return new SpringApplicationBuilder(PapiApplication.class).run(
                "--server.port=0", "--papi.storage.data-dir=" + dataDir, "--papi.storage.seed-examples=" + seed);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aRestartKeepsEverySubmissionAndFinding(@TempDir Path dataDir) throws Exception {
        JsonNode before;
        JsonNode findingsBefore;
        try (ConfigurableApplicationContext first = start(dataDir, true)) {
            Http http = new Http(port(first)).as("kiemtra");
            Http reviewer = new Http(port(first)).as("thanhtra");
            // The first start of an empty store seeds the four examples.
            findingsBefore = reviewer.get("/api/findings?size=500").json();
            assertThat(findingsBefore.get("totalElements").asLong()).isEqualTo(18 + 13 + 1 + 5);
            Http.Response again = http.postJson("/api/submissions",
                    Examples.withId("2024-uy-no-grassroots-democracy.json", "5b7e2c1a-2024-4d1e-9a10-0a1b2c3d4e02"));
            assertThat(again.status()).isEqualTo(200);
            before = http.get("/api/submissions/5b7e2c1a-2024-4d1e-9a10-0a1b2c3d4e02").json();
        }
        assertThat(dataDir.resolve("papi.mv")).exists();
        try (ConfigurableApplicationContext second = start(dataDir, true)) {
            Http http = new Http(port(second)).as("kiemtra");
            assertThat(http.get("/api/submissions/5b7e2c1a-2024-4d1e-9a10-0a1b2c3d4e02").json()).isEqualTo(before);
            assertThat(new Http(port(second)).as("thanhtra").get("/api/findings?size=500").json()).isEqualTo(findingsBefore);
            // The demo accounts are kept in the store too, and still sign in after the restart.
            assertThat(new Http(port(second)).as("donvi").get("/api/units").status()).isEqualTo(200);
        }
    }
}
