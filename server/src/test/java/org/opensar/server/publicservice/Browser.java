package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.opensar.server.Chromium;

/**
 * Debian's Chromium driven by Selenium, with axe-core (from npm) run on every page it is asked to check.
 * Tests using it are skipped, with a message, only where Chromium or its driver is not installed.
 */
final class Browser implements AutoCloseable {

    /** Installed from npm by the build (server/src/test/axe/package-lock.json, npm ci into target/axe). */
    private static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");

    final WebDriver driver;
    private final String base;
    private final Path profile;
    /** Every page checked with axe, and what it found. */
    final List<String> violations = new ArrayList<>();

    final List<String> checkedPages = new ArrayList<>();

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) throws IOException {
        Path profile = Files.createTempDirectory("opensar-chromium");
        ChromeDriver driver = Chromium.start(profile, "1280,1024");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void click(String linkText) {
        clickAndWait(driver.findElement(By.linkText(linkText)));
    }

    void clickButton(String text) {
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']")));
    }

    /** Clicks and waits for the next page, so nothing is done to the page being left. */
    void clickAndWait(WebElement element) {
        element.click();
        waitForNextPage(element);
    }

    void waitForNextPage(WebElement onTheOldPage) {
        Chromium.waitForNextPage(driver, onTheOldPage, Duration.ofSeconds(20));
    }

    /** Types a date as three numbers, as given, real or not. */
    void dateTyped(String id, String day, String month, String year) {
        driver.findElement(By.id(id + "-day")).sendKeys(day);
        driver.findElement(By.id(id + "-month")).sendKeys(month);
        driver.findElement(By.id(id + "-year")).sendKeys(year);
        clickButton("Continue");
    }

    /** Types the answer into the question's field and continues. */
    void answer(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        checkAccessibility();
        clickButton("Continue");
    }

    /** Types into the field and presses the named button. */
    void answerWith(String id, String value, String button) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        clickButton(button);
    }

    void skip() {
        checkAccessibility();
        clickButton("Continue");
    }

    void choose(String id, int option) {
        driver.findElement(By.id(id + "-" + option)).click();
        checkAccessibility();
        clickButton("Continue");
    }

    void date(String id, LocalDate date) {
        for (String part : List.of("day", "month", "year")) {
            driver.findElement(By.id(id + "-" + part)).clear();
        }
        driver.findElement(By.id(id + "-day")).sendKeys(String.valueOf(date.getDayOfMonth()));
        driver.findElement(By.id(id + "-month")).sendKeys(String.valueOf(date.getMonthValue()));
        driver.findElement(By.id(id + "-year")).sendKeys(String.valueOf(date.getYear()));
        checkAccessibility();
        clickButton("Continue");
    }

    // --- keyboard only ---

    /** Presses Tab until the focused element matches (at most 60 times); fails if it never does. */
    WebElement tabTo(Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + path());
    }

    WebElement tabToId(String id) {
        return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id);
    }

    WebElement tabToText(String text) {
        return tabTo(e -> e.getText().strip().startsWith(text), "'" + text + "'");
    }

    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Enter on the focused link or button and waits for the next page. */
    void enter() {
        WebElement focused = driver.switchTo().activeElement();
        keys(Keys.ENTER);
        waitForNextPage(focused);
    }

    // --- axe-core ---

    /** Runs axe-core on the page for WCAG 2.0, 2.1 and 2.2 A and AA; remembers any violation with the page. */
    @SuppressWarnings("unchecked")
    void checkAccessibility() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // axe-core and its run in one script, so both happen on the same page
        Object result = js.executeAsyncScript(axeSource() + """
                ;
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                    .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));""");
        checkedPages.add(path());
        for (Object violation : (List<Object>) result) {
            violations.add(path() + ": " + violation);
        }
    }

    void assertNoAccessibilityViolations() {
        assertThat(checkedPages).isNotEmpty();
        assertThat(violations).as("WCAG A/AA violations found by axe-core").isEmpty();
    }

    private static String cachedAxe;

    private static synchronized String axeSource() {
        if (cachedAxe == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException("axe-core is not installed at " + AXE.toAbsolutePath()
                        + ": the server build installs it with npm ci (needs Node.js and npm)");
            }
            try {
                cachedAxe = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cachedAxe;
    }

    @Override
    public void close() throws IOException {
        Chromium.stop(driver, profile);
    }
}
