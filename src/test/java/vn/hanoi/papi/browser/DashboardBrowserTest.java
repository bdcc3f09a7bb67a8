package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Sở Nội vụ's dashboard in a real browser: the charts are drawn by the packaged ECharts, nothing from a CDN. */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void theDepartmentSeesTheRankingTheChartsTheExportsAndThePlan() throws Exception {
        // A 2022 inspection with one confirmed finding, so that the year has figures.
        confirm(submitExample("2022-viet-hung-scheduled.json").get(0));

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
