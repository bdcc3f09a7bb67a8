package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hanoi.papi.support.Browser;
import vn.hanoi.papi.support.Examples;
import vn.hanoi.papi.support.Http;

/** The app on a random port and one headless Chromium for the class (each test signs in afresh). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @Value("${local.server.port}")
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh copy of an example submission, sent by the inspector: the ids of its findings. */
    List<String> submitExample(String file) {
        Http.Response response = new Http(port).as("kiemtra").postJson("/api/submissions", Examples.fresh(file));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        response.json().get("findings").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    /** The reviewer confirms a finding at its first version, over the API. */
    void confirm(String finding) {
        Http.Response response = new Http(port).as("thanhtra").postJson("/api/findings/" + finding + "/review",
                "{\"decision\":\"CONFIRM\",\"version\":0}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    String status(String finding) {
        return new Http(port).as("thanhtra").get("/api/findings/" + finding).json().get("status").asString();
    }
}
