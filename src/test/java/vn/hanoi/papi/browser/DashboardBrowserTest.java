package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hanoi.papi.support.Browser;
import vn.hanoi.papi.support.Http;

/** Sở Nội vụ's dashboard in a real browser: the charts are drawn by the packaged ECharts, nothing from a CDN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

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

    @Test
    void theDepartmentSeesTheRankingTheChartsTheExportsAndThePlan() throws Exception {
        // A 2022 inspection with one confirmed finding, so that the year has figures.
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode) json.readTree(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/submissions/2022-viet-hung-scheduled.json")));
        doc.put("submissionId", java.util.UUID.randomUUID().toString());
        Http.Response stored = new Http(port).as("kiemtra").postJson("/api/submissions", json.writeValueAsBytes(doc));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String finding = stored.json().get("findings").get(0).get("id").asString();
        new Http(port).as("thanhtra").postJson("/api/findings/" + finding + "/review",
                "{\"decision\":\"CONFIRM\",\"version\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        browser.signIn("noivu");
        assertThat(browser.currentPath()).startsWith("/tong-hop");
        browser.go("/tong-hop?year=2022&level=COMMUNE");
        browser.find("#ranking");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-papi svg, #chart-papi canvas")));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-agencies svg, #chart-agencies canvas")));
        assertThat(browser.script("return typeof echarts")).isEqualTo("object");
        // Every script of the page comes from the app itself.
        assertThat(browser.all("script[src]").stream().map(s -> s.getAttribute("src")))
                .allMatch(src -> src.startsWith("http://localhost:"));
        assertThat(browser.find("#export-xlsx").getAttribute("href")).contains("/api/reports/cchc?year=2022&level=COMMUNE&format=xlsx");
        assertThat(browser.find("#plan").getText()).isNotBlank();
        browser.screenshots("noivu-dashboard");
        browser.screenshots("noivu-dashboard-charts", "#chart-papi");
        browser.screenshots("noivu-dashboard-plan", "#plan");
    }

    @Test
    void aUnitCannotOpenTheDashboard() {
        browser.signIn("donvi");
        browser.go("/tong-hop");
        assertThat(browser.all("#ranking")).isEmpty();
        assertThat(browser.driver().getTitle()).contains("lỗi");
    }
}
