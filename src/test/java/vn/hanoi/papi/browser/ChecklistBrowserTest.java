package vn.hanoi.papi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.hanoi.papi.checklist.ValidationTexts;
import vn.hanoi.papi.support.Examples;
import vn.hanoi.papi.support.Http;

/** The inspection team's checklist in a real browser: typed on the tablet, kept there, sent once, findings read out. */
class ChecklistBrowserTest extends BrowserTest {

    private static final String UNIT = "HN-XA-BA-VI-MINH-QUANG";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    MongoTemplate mongo;

    @Test
    void aChecklistFilledWhileOfflineIsSentOnceWhenTheConnectionReturnsAndItsFindingsAreShown() throws Exception {
        browser.signOut();
        browser.find("#username");
        browser.screenshots("login");
        browser.signIn("kiemtra");
        assertThat(browser.currentPath()).startsWith("/kiem-tra");
        browser.find("#new-checklist");
        browser.screenshots("inspector-start");
        new Select(browser.find("#unit")).selectByValue(UNIT);
        browser.click("#open-checklist");
        browser.find("#checklist fieldset#sec-EGOV");
        String submissionId = browser.find("#submission-id").getText();

        // EGOV inspected, one answer missing: the page says what the server would say, and sends nothing.
        inspect("EGOV");
        choose("EGOV.PORTAL_EXISTS", false);
        browser.click("#submit-checklist");
        assertThat(errorOf("EGOV.PORTAL_HAS_DISCLOSURES")).isEqualTo(ValidationTexts.format("required",
                ValidationTexts.format("required.where.section", "EGOV")));
        browser.screenshots("inspector-checklist-errors");

        // PIB: more officials than members, the same cross-check as the server's.
        inspect("PIB");
        type("PIB.MEMBERS", "3");
        type("PIB.MEMBERS_WHO_ARE_OFFICIALS", "5");
        choose("EGOV.PORTAL_HAS_DISCLOSURES", false);
        browser.click("#submit-checklist");
        assertThat(errorOf("PIB.MEMBERS_WHO_ARE_OFFICIALS")).isEqualTo(ValidationTexts.format("notAbove", 5, "PIB.MEMBERS", 3));
        type("PIB.MEMBERS_WHO_ARE_OFFICIALS", "1");

        // A record list: one question asked on the portal, never answered.
        inspect("PORTAL_QUESTIONS");
        browser.click("#add-PORTAL_QUESTIONS");
        type("PORTAL_QUESTIONS.0.code", "CH-01");
        type("PORTAL_QUESTIONS.0.receivedOn", "2026-03-02");

        // A photo of the portal's front page, from the tablet's camera: kept on the device until the checklist is stored.
        Path photo = Files.createTempFile("cong-thong-tin", ".png");
        Files.write(photo, PNG);
        browser.driver().findElement(By.id("photo-EGOV")).sendKeys(photo.toString());
        browser.find("#photos-EGOV img");

        // The draft survives a reload: everything typed is still there.
        browser.driver().navigate().refresh();
        assertThat(browser.find("#submission-id").getText()).isEqualTo(submissionId);
        assertThat(field("PIB.MEMBERS").getAttribute("value")).isEqualTo("3");
        assertThat(field("PORTAL_QUESTIONS.0.code").getAttribute("value")).isEqualTo("CH-01");

        // ... and a closed tab: in a new one, the start page lists the draft, which opens as it was left.
        String oldTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String newTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(oldTab).close();
        browser.driver().switchTo().window(newTab);
        browser.go("/kiem-tra");
        browser.find("tr[data-draft='" + submissionId + "']");
        browser.screenshots("inspector-start-drafts");
        browser.click("tr[data-draft='" + submissionId + "'] a.button");
        assertThat(browser.find("#submission-id").getText()).isEqualTo(submissionId);
        assertThat(field("PIB.MEMBERS_WHO_ARE_OFFICIALS").getAttribute("value")).isEqualTo("1");
        browser.find("#photos-EGOV img");
        browser.screenshots("inspector-checklist");
        browser.screenshots("inspector-checklist-answers", "#sec-PIB");
        browser.screenshots("inspector-checklist-records", "#sec-PORTAL_QUESTIONS");

        // The connection drops. The page itself still opens (kept by the service worker), with the draft.
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "caches.match('/kiem-tra/phieu?unit=" + UNIT + "').then(r => done(!!r), () => done(false));")));
        browser.offline(true);
        browser.waitFor(d -> Boolean.FALSE.equals(browser.script("return navigator.onLine")));
        browser.driver().navigate().refresh();
        assertThat(browser.find("#submission-id").getText()).isEqualTo(submissionId);
        assertThat(field("PORTAL_QUESTIONS.0.code").getAttribute("value")).isEqualTo("CH-01");
        // (The network is really cut, for the service worker too: a unit's page never opened is not there.)
        String checklistPage = browser.currentPath();
        browser.go("/kiem-tra/phieu?unit=HN-XA-BA-VI-TAN-LINH");
        assertThat(browser.all("#checklist")).isEmpty();
        browser.go(checklistPage);
        assertThat(browser.find("#submission-id").getText()).isEqualTo(submissionId);
        // Locked and waiting on the device.
        browser.click("#submit-checklist");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), submissionId));
        assertThat(browser.find("#retry-send").isDisplayed()).isTrue();
        assertThat(stored(submissionId)).isZero();
        browser.screenshots("inspector-checklist-offline");

        // The connection returns: sent by itself, once, and the findings are on screen.
        browser.offline(false);
        browser.waitFor(ExpectedConditions.urlContains("/kiem-tra/ket-qua/" + submissionId));
        assertThat(stored(submissionId)).isEqualTo(1);
        assertThat(browser.all("#findings li").stream().map(li -> li.getAttribute("data-rule")))
                .contains("EGOV-01");
        Http.Response photos = new Http(port).as("thanhtra").get("/api/submissions/" + submissionId + "/evidence");
        assertThat(photos.json().size()).as(photos.body()).isEqualTo(1);
        assertThat(photos.json().get(0).get("caption").asString()).isEqualTo("EGOV");
        browser.screenshots("inspector-findings");

        // Sending it again (the answer of the first try lost, say) stores nothing new.
        browser.go("/kiem-tra");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-draft='" + submissionId + "']")));
        assertThat(stored(submissionId)).isEqualTo(1);

        // Signing out of the shared tablet takes the pages kept for offline use with it.
        browser.click("#logout-form button");
        browser.waitFor(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "caches.keys().then(keys => done(keys.join(',')));")).isEqualTo("");
    }

    @Test
    void aChecklistWhoseSignInExpiredWaitsOnTheTabletAndIsSentAfterSigningInAgain() {
        browser.signIn("kiemtra");
        browser.go("/kiem-tra/phieu?unit=HN-XA-BA-VI-TAN-LINH");
        String submissionId = browser.find("#submission-id").getText();
        inspect("EGOV");
        choose("EGOV.PORTAL_EXISTS", true);
        choose("EGOV.PORTAL_HAS_DISCLOSURES", false);

        // The session ends while the tablet is away (the server forgot it): sending is refused, nothing is lost.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.click("#submit-checklist");
        browser.waitFor(d -> {
            String text = browser.find("#messages").getText();
            return !text.isBlank() && !text.contains("Đang gửi");
        });
        assertThat(browser.find("#messages").getText()).contains("đăng nhập lại");
        assertThat(browser.find("#messages a").getAttribute("href")).endsWith("/login");
        assertThat(stored(submissionId)).isZero();

        // Signing in again on the same tablet: the start page sends what waits there.
        browser.signInAgain("kiemtra", "demo");
        browser.waitFor(d -> stored(submissionId) == 1);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-draft='" + submissionId + "']"), "Đã gửi"));
        assertThat(stored(submissionId)).isEqualTo(1);
    }

    @Test
    void aChecklistWhoseIdWasTakenWithOtherContentIsSavedAsANewOneAndSent() throws Exception {
        browser.signIn("kiemtra");
        browser.go("/kiem-tra/phieu?unit=HN-XA-BA-VI-KHANH-THUONG");
        String taken = browser.find("#submission-id").getText();
        // Another checklist already went to the server under this id (another tablet, a copied draft…).
        assertThat(new Http(port).as("kiemtra").postJson("/api/submissions",
                Examples.withId("2024-uy-no-grassroots-democracy.json", taken)).status()).isEqualTo(201);

        inspect("EGOV");
        choose("EGOV.PORTAL_EXISTS", true);
        choose("EGOV.PORTAL_HAS_DISCLOSURES", true);
        // A photo over the server's limit is refused at once, not after the checklist has gone.
        Path huge = Files.createTempFile("qua-lon", ".png");
        byte[] bytes = new byte[11 * 1024 * 1024];
        System.arraycopy(PNG, 0, bytes, 0, PNG.length);
        Files.write(huge, bytes);
        browser.driver().findElement(By.id("photo-EGOV")).sendKeys(huge.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "10 MB"));
        assertThat(browser.all("#photos-EGOV img")).isEmpty();
        browser.click("#submit-checklist");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), taken));
        browser.click("#copy-as-new");
        browser.waitFor(d -> !browser.find("#submission-id").getText().equals(taken));
        String fresh = browser.find("#submission-id").getText();
        browser.click("#submit-checklist");
        browser.waitFor(ExpectedConditions.urlContains("/kiem-tra/ket-qua/" + fresh));
        assertThat(stored(fresh)).isEqualTo(1);
        assertThat(new Http(port).as("thanhtra").get("/api/submissions/" + taken).json().get("unit").asString())
                .isEqualTo("HN-XA-DONG-ANH-UY-NO");
    }

    @Test
    void thePageJudgesAChecklistExactlyAsTheServerDoes() throws Exception {
        browser.signIn("kiemtra");
        browser.go("/kiem-tra/phieu?unit=HN-XA-DONG-ANH-VIET-HUNG");
        browser.find("#submission-id");
        // The four examples: nothing to refuse, on either side.
        try (var files = Files.list(Path.of("fixtures/submissions"))) {
            for (Path file : files.sorted().toList()) {
                assertThat(pageProblems(Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
        // A bad one: the page names the same items with the same words as the server's 400 — but for the two
        // problems a checklist built by the page cannot have (an unknown item code, a list sent as null).
        String bad = Files.readString(Path.of("fixtures/invalid/2022-viet-hung-bad-items.json"));
        Http.Response refused = new Http(port).as("kiemtra").postJson("/api/submissions",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        List<String> server = new ArrayList<>();
        refused.json().get("errors").forEach(e -> server.add(e.get("item").asString() + ": " + e.get("message").asString()));
        assertThat(server).hasSize(7);
        server.removeIf(line -> line.startsWith("BUDGET.POSTNG.DAYS:") || line.startsWith("COMPLAINTS:"));
        assertThat(pageProblems(bad)).containsExactlyInAnyOrderElementsOf(server);
    }

    /** What the page's own check (validation.js, as the page loaded it) finds in a submission document. */
    @SuppressWarnings("unchecked")
    private List<String> pageProblems(String submission) {
        Object found = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const doc = JSON.parse(arguments[0]);"
                + "import('/js/validation.js').then(v => {"
                + "  const data = JSON.parse(document.getElementById('page-data').textContent);"
                + "  done(v.validate(doc, data.template, data.texts).map(e => e.item + ': ' + e.message));"
                + "}).catch(e => done(['script error: ' + e]));", submission);
        return (List<String>) found;
    }

    private long stored(String submissionId) {
        return mongo.count(Query.query(Criteria.where("_id").is(submissionId)), "submissions");
    }

    private void inspect(String section) {
        browser.click("#inspected-" + section + "-true");
    }

    private WebElement field(String path) {
        return browser.find("#f-" + path.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private void type(String path, String text) {
        WebElement input = field(path);
        if ("date".equals(input.getAttribute("type"))) {
            browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", input, text);
        } else {
            input.clear();
            input.sendKeys(text);
        }
    }

    private void choose(String path, boolean yes) {
        browser.click("#f-" + path.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + yes);
    }

    private String errorOf(String path) {
        return browser.find("#err-f-" + path.replaceAll("[^A-Za-z0-9_-]", "_")).getText();
    }
}
