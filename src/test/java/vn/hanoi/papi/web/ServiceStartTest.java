package vn.hanoi.papi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service starts on a real port with the rules compiled and serves the rule catalog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceStartTest {

    @Value("${local.server.port}")
    int port;

    /** Signed in as Sở Nội vụ: the catalog and the templates are for everyone signed in. */
    private HttpResponse<String> get(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString("noivu:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAnonymously(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRuleCatalogListsEveryRuleWithItsMetadata() throws Exception {
        HttpResponse<String> response = get("/api/rules");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("version").asString()).hasSize(16);
        JsonNode budget02 = body.get("rules").valueStream().filter(r -> r.get("id").asString().equals("BUDGET-02"))
                .findFirst().orElseThrow();
        assertThat(budget02.get("leadAgency").asString()).isEqualTo("SO-TAI-CHINH");
        assertThat(budget02.get("legalBasis").get(0).get("text").asString()).startsWith("Thông tư 343/2016/TT-BTC");
        assertThat(budget02.get("legalBasis").get(1).get("from").asString()).isEqualTo("2023-07-01");
    }

    @Test
    void theStandardTemplateIsServedWithItsVietnameseQuestions() throws Exception {
        HttpResponse<String> response = get("/api/templates/COMMUNE-PAPI/1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode template = JsonMapper.builder().build().readTree(response.body());
        assertThat(template.get("items").size()).isEqualTo(26);
        assertThat(template.get("items").get(0).get("question").asString())
                .isEqualTo("Ngày UBND xã gửi dự toán ngân sách trình HĐND xã");
        assertThat(template.get("sections").size()).isEqualTo(17);
        assertThat(get("/api/templates/COMMUNE-PAPI/9").statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpAndPublic() throws Exception {
        HttpResponse<String> response = getAnonymously("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
