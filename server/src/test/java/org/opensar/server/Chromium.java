package org.opensar.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium for the browser tests: headless, with the flags this closed network needs and a fresh profile.
 * Tests using it are skipped, with a message, only where Chromium or its driver is not installed.
 */
public final class Chromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Starts Chromium with its profile in {@code profile}, a window of {@code windowSize} ("1280,1024"). */
    public static ChromeDriver start(Path profile, String windowSize) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                        + " chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + windowSize,
                "--user-data-dir=" + profile);
        // a command blocks while a page loads; releasing a bundle can take minutes on a busy machine, longer than the
        // client's default three
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options,
                ClientConfig.defaultConfig().readTimeout(Duration.ofMinutes(10)));
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
        return driver;
    }

    /** Quits the browser and removes its profile. */
    public static void stop(WebDriver driver, Path profile) throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Waits, up to {@code limit} for each, until the element's page has gone and the next one has loaded. */
    public static void waitForNextPage(WebDriver driver, WebElement onTheOldPage, Duration limit) {
        new WebDriverWait(driver, limit).until(d -> gone(onTheOldPage));
        new WebDriverWait(driver, limit)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has gone. Besides the stale-element error, chromedriver sometimes answers for an
     * element of a page being replaced with "Node with given id does not belong to the document": gone as well.
     */
    private static boolean gone(WebElement onTheOldPage) {
        try {
            onTheOldPage.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }
}
