package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The desks in a real browser: the reviewer confirms, a conflict is explained, a unit sees only its own and remedies. */
class FindingsBrowserTest extends BrowserTest {

    /** A 1×1 PNG: a photo of the remedy, as far as the server can tell. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void aReviewerConfirmsAFindingAndItsHistoryShowsIt() throws Exception {
        String finding = submitExample("2022-viet-hung-scheduled.json").get(0);
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
        String finding = submitExample("2022-viet-hung-scheduled.json").get(1);
        browser.signIn("thanhtra");
        browser.go("/phat-hien/" + finding);
        browser.find("#dismiss-reason").sendKeys("Đơn vị đã niêm yết đủ, có biên bản.");
        // Meanwhile another reviewer confirms it.
        confirm(finding);
        browser.click("#dismiss-button");
        assertThat(browser.find("#conflict").getText()).isNotBlank();
        assertThat(status(finding)).isEqualTo("CONFIRMED");
        browser.screenshots("reviewer-conflict");
    }

    @Test
    void aUnitSeesOnlyItsOwnFindingsAndRemediesOneWithAPhoto() throws Exception {
        List<String> own = submitExample("2022-viet-hung-scheduled.json");
        String foreign = submitExample("2024-minh-tri-surprise-land-dossiers.json").get(0);
        String finding = own.get(2);
        confirm(finding);

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
        // A photo over the limit is named before anything is sent; what was typed stays.
        Path huge = Files.createTempFile("qua-lon", ".png");
        byte[] bytes = new byte[11 * 1024 * 1024];
        System.arraycopy(PNG, 0, bytes, 0, PNG.length);
        Files.write(huge, bytes);
        WebElement photos = browser.driver().findElement(By.id("remediation-photos"));
        photos.sendKeys(huge.toString());
        assertThat(browser.find("#remediation-photos-error").getText()).contains(huge.getFileName().toString(), "10 MB");
        browser.click("#remediation-button");
        assertThat(status(finding)).isEqualTo("CONFIRMED");
        assertThat(browser.find("#remediation-note").getAttribute("value")).startsWith("Đã niêm yết lại");
        photos.clear();
        Path photo = Files.createTempFile("khac-phuc", ".png");
        Files.write(photo, PNG);
        photos.sendKeys(photo.toString());
        assertThat(browser.driver().findElement(By.id("remediation-photos-error")).isDisplayed()).isFalse();
        browser.screenshots("unit-remediation");
        browser.click("#remediation-button");
        browser.find("#flash");
        assertThat(status(finding)).isEqualTo("REMEDIATION_SUBMITTED");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#finding-photos img")));
    }
}
