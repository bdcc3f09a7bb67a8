package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.papi.support.Browser;
import vn.hanoi.papi.support.Http;

/** The desks in a real browser: the reviewer confirms, a conflict is explained, a unit sees only its own and remedies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A 1×1 PNG: a photo of the remedy, as far as the server can tell. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

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
    void aReviewerConfirmsAFindingAndItsHistoryShowsIt() throws Exception {
        String finding = submit("2022-viet-hung-scheduled.json").get(0);
        browser.signIn("thanhtra");
        assertThat(browser.currentPath()).startsWith("/phat-hien");
        browser.find("#findings-table");
        browser.screenshots("reviewer-findings");

        browser.go("/phat-hien/" + finding);
        browser.find("#confirm-button");
        browser.screenshots("reviewer-finding");
        browser.click("#confirm-button");
        browser.find("#flash");
        assertThat(status(finding)).isEqualTo("CONFIRMED");
        assertThat(browser.find("#audit-table").getText()).contains("thanhtra");
    }

    @Test
    void aConflictingReviewIsExplainedNotSwallowed() throws Exception {
        String finding = submit("2022-viet-hung-scheduled.json").get(1);
        browser.signIn("thanhtra");
        browser.go("/phat-hien/" + finding);
        browser.find("#dismiss-reason").sendKeys("Đơn vị đã niêm yết đủ, có biên bản.");
        // Meanwhile another reviewer confirms it.
        Http.Response other = new Http(port).as("thanhtra").postJson("/api/findings/" + finding + "/review",
                "{\"decision\":\"CONFIRM\",\"version\":0}".getBytes(StandardCharsets.UTF_8));
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        browser.click("#dismiss-button");
        assertThat(browser.find("#conflict").getText()).isNotBlank();
        assertThat(status(finding)).isEqualTo("CONFIRMED");
        browser.screenshots("reviewer-conflict");
    }

    @Test
    void aUnitSeesOnlyItsOwnFindingsAndRemediesOneWithAPhoto() throws Exception {
        List<String> own = submit("2022-viet-hung-scheduled.json");
        String foreign = submit("2024-minh-tri-surprise-land-dossiers.json").get(0);
        String finding = own.get(2);
        new Http(port).as("thanhtra").postJson("/api/findings/" + finding + "/review",
                "{\"decision\":\"CONFIRM\",\"version\":0}".getBytes(StandardCharsets.UTF_8));

        browser.signIn("donvi");
        browser.find("#findings-table");
        assertThat(browser.all("#findings-table tbody tr").stream().map(tr -> tr.getText()))
                .isNotEmpty().noneMatch(text -> text.contains("Minh Trí"));
        browser.screenshots("unit-findings");

        browser.go("/phat-hien/" + foreign);
        assertThat(browser.driver().getTitle()).contains("lỗi");
        assertThat(browser.find("main").getText()).doesNotContain("TTHC");
        browser.screenshots("unit-other-units-finding");

        browser.go("/phat-hien/" + finding);
        browser.find("#remediation-note").sendKeys("Đã niêm yết lại tại trụ sở và 13 thôn từ ngày 20/11.");
        Path photo = Files.createTempFile("khac-phuc", ".png");
        Files.write(photo, PNG);
        browser.driver().findElement(By.id("remediation-photos")).sendKeys(photo.toString());
        browser.screenshots("unit-remediation");
        browser.click("#remediation-button");
        browser.find("#flash");
        assertThat(status(finding)).isEqualTo("REMEDIATION_SUBMITTED");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#finding-photos img")));
    }

    /** A fresh copy of an example submission; the ids of its findings. */
    private List<String> submit(String example) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("fixtures/submissions", example)));
        doc.put("submissionId", UUID.randomUUID().toString());
        Http.Response response = new Http(port).as("kiemtra").postJson("/api/submissions", JSON.writeValueAsBytes(doc));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        for (JsonNode f : response.json().get("findings")) {
            ids.add(f.get("id").asString());
        }
        return ids;
    }

    private String status(String finding) {
        return new Http(port).as("thanhtra").get("/api/findings/" + finding).json().get("status").asString();
    }
}
