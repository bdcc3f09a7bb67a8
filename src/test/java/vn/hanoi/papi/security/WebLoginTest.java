package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** Web pages (none yet but the login form) sign in with a form and a session, against the same accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebLoginTest {

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String login(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(uri("/login")));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> posted = send(client, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aPageSendsTheVisitorToTheLoginFormAndTheDemoAccountSignsIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(uri("/bao-cao")));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        assertThat(login(client, "thanhtra", "demo")).contains("/bao-cao");
        assertThat(send(client, HttpRequest.newBuilder(uri("/bao-cao"))).statusCode()).isEqualTo(404);   // signed in: no such page
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(login(client, "thanhtra", "sai")).endsWith("/login?error");
    }

    @Test
    void theOpenApiDocumentAndHealthStayPublic() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> docs = send(client, HttpRequest.newBuilder(uri("/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
        // The document tells clients (and Swagger UI's Authorize button) to sign in with HTTP Basic.
        var scheme = JsonMapper.builder().build().readTree(docs.body()).get("components").get("securitySchemes").get("papi");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("basic");
        assertThat(send(client, HttpRequest.newBuilder(uri("/swagger-ui/index.html"))).statusCode()).isEqualTo(200);
        assertThat(send(client, HttpRequest.newBuilder(uri("/actuator/health"))).statusCode()).isEqualTo(200);
        assertThat(send(client, HttpRequest.newBuilder(uri("/actuator/info"))).statusCode()).isEqualTo(302);
    }
}
