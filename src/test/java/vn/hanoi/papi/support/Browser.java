package vn.hanoi.papi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, on the app's random port.
 * Without the browser these tests are reported skipped — unless {@code PAPI_BROWSER_TESTS=required} (set by
 * {@code .ci/run}, which installs it), where a missing browser fails the build instead of hiding the tests.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PAPI_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PAPI_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Dimension LANDSCAPE = new Dimension(1280, 800);
    public static final Dimension PORTRAIT = new Dimension(800, 1280);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final NetworkCable cable;

    private Browser(int port) throws IOException {
        this.cable = new NetworkCable(port);
        this.base = "http://localhost:" + cable.port();
        this.profile = Files.createTempDirectory("papi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi-VN", "--user-data-dir=" + profile, "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(Map.of("LANGUAGE", "vi", "LANG", "vi_VN.UTF-8"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A browser for the app on {@code port}; skips (or fails, in CI) when Chromium is not installed. */
    public static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("PAPI_BROWSER_TESTS"))) {
            throw new IllegalStateException("PAPI_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed here (apt-get install chromium chromium-driver): "
                + "browser tests skipped");
        try {
            return new Browser(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in page, leaving any previous session and the device's storage behind. */
    public Browser signIn(String username) {
        return signIn(username, "demo");
    }

    public Browser signIn(String username, String password) {
        signOut();
        return signInAgain(username, password);
    }

    /** Signs in on the same device: what the tablet keeps (drafts, photos, the service worker) stays. */
    public Browser signInAgain(String username, String password) {
        go("/login");
        find("#username");
        // With the keyboard only: the name field has the focus, Tab to the password, Enter to send.
        driver.switchTo().activeElement().sendKeys(username, Keys.TAB, password,
                Keys.ENTER);
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public Browser signOut() {
        go("/login");
        driver.manage().deleteAllCookies();
        // A fresh device: nothing kept by an earlier test (drafts, photos, the service worker and its pages).
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "localStorage.clear(); indexedDB.deleteDatabase('papi');"
                + "Promise.all([caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k)))),"
                + "  navigator.serviceWorker.getRegistrations().then(rs => Promise.all(rs.map(r => r.unregister())))])"
                + ".then(() => done(true), () => done(false));");
        return this;
    }

    /**
     * Cuts or restores the network, as a tablet losing its connection: the cable to the app is unplugged (nothing
     * reaches it, service worker included) and the browser told so (navigator.onLine and its events follow).
     */
    public void offline(boolean offline) {
        if (offline) {
            cable.unplug();
        } else {
            cable.plugIn();
        }
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        conditions.setLatency(Duration.ZERO);
        if (offline) {
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks like a finger would: the element scrolled to the middle of the screen first (not under the sticky bar). */
    public void click(String css) {
        click(find(css));
    }

    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        waitFor(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Every control of the page can be reached with the keyboard and has a name a screen reader can say: a label,
     * an aria-label or its own text. Returns the ones that do not (empty when all is well).
     */
    public String unreachableOrUnnamedControls() {
        return String.valueOf(script("return [...document.querySelectorAll('a[href], button, input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && !e.disabled && e.getClientRects().length > 0 || e.type === 'file')"
                + ".filter(e => e.tabIndex < 0 || !((e.labels && e.labels.length) || e.getAttribute('aria-label')"
                + "  || e.getAttribute('aria-labelledby') || e.textContent.trim() || e.title || e.value && e.type === 'submit'"
                + "  || (e.type === 'radio' || e.type === 'checkbox') && e.closest('label')))"
                + ".slice(0, 10).map(e => e.tagName + '#' + e.id + '[' + (e.name || '') + ']').join(', ')"));
    }

    /**
     * Screenshots of the current page at the two sizes the product is used at (10-inch tablet landscape and
     * portrait): {@code target/screenshots/<name>-1280x800.png} and {@code -800x1280.png}.
     */
    public void screenshots(String name) {
        screenshots(name, null);
    }

    /** The same, with the page scrolled so that the element {@code css} is at the top. */
    public void screenshots(String name, String css) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Dimension size : List.of(LANDSCAPE, PORTRAIT)) {
                driver.manage().window().setSize(size);
                script("window.scrollTo(0, 0)");
                if (css != null) {
                    script("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
                }
                Object wider = script("const limit = document.documentElement.clientWidth;"
                        + "if (document.documentElement.scrollWidth <= limit) return '';"
                        + "return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > limit + 1 && !e.closest('.table-wrap, .sections-nav'))"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
                String unnamed = unreachableOrUnnamedControls();
                if (!unnamed.isEmpty()) {
                    throw new AssertionError(name + ": controls without a keyboard stop or a name: " + unnamed);
                }
                if (!"".equals(wider)) {
                    throw new AssertionError(name + " at " + size.width + "×" + size.height
                            + " is wider than the screen (it scrolls sideways): " + wider);
                }
                Files.write(SCREENSHOTS.resolve(name + "-" + size.width + "x" + size.height + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(LANDSCAPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        cable.close();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
