package org.opensar.server.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.opensar.engine.cctv.Box;
import org.opensar.engine.cctv.DetectorSettings;
import org.opensar.engine.cctv.ObscuringVerifier;
import org.opensar.engine.cctv.OpenCvStillDetector;
import org.opensar.engine.cctv.StillCheck;
import org.opensar.server.Chromium;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.NewRequestBuilder;
import org.opensar.server.casework.RequestType;
import org.opensar.server.staff.Role;

/**
 * A personal CCTV request in Debian's Chromium: the officer uploads a generated clip, picks two stills from its
 * timeline, marks the requester on each and sends them for checking; a manager releases them; the package opens with
 * its password and the detector's own second look at its images finds no one but the requester. Skipped, with a
 * message, where Chromium or opencv-data is not installed; CI installs both.
 */
class CctvBrowserIT extends IntegrationTest {

    private static final Pattern BOX = Pattern.compile("(\\d+)x(\\d+) at \\((\\d+), (\\d+)\\)");

    @TempDir
    Path tmp;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openChromium() throws Exception {
        assumeTrue(
                DetectorSettings.DEFAULT.unavailable().isEmpty(),
                () -> "skipped: " + DetectorSettings.DEFAULT.unavailable().orElseThrow());
        profile = Files.createTempDirectory("opensar-cctv-chromium");
        browser = Chromium.start(profile, "1400,1000");
    }

    @AfterEach
    void closeChromium() throws Exception {
        if (browser != null) {
            Chromium.stop(browser, profile);
        }
    }

    @Test
    void anOfficerPicksStillsMarksTheRequesterAndAManagerReleasesThem() throws Exception {
        String officer = staff(Role.IG_OFFICER);
        String manager = staff(Role.IG_MANAGER);
        String reference = newRequest(NewRequestBuilder.a(RequestType.PERSONAL_CCTV_SAR)
                .footageRecordedOn(LocalDate.now().minusDays(2))
                .json());
        signIn(officer);
        go("/requests/" + reference);
        clickButton("Start work");
        clickAndWait(browser.findElement(By.id("cctv-link")));
        assertThat(text()).contains("Preservation", "Overwritten on");

        // Upload the clip and wait for its timeline.
        browser.findElement(By.id("file")).sendKeys(CctvSteps.clip(tmp).toString());
        clickButton("Upload footage");
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!browser.findElements(By.id("sampling")).isEmpty()) {
            assertThat(Instant.now()).as("the timeline took over 2 minutes").isBefore(giveUp);
            Thread.sleep(500);
            clickAndWait(browser.findElement(By.id("refresh")));
        }
        assertThat(browser.findElement(By.id("footage-facts")).getText()).contains("640 by 360", "0:04");

        // Pick two stills: the start and the scene change.
        browser.findElement(By.cssSelector("label[for='frame-0']")).click();
        browser.findElement(By.cssSelector("label[for='frame-50']")).click();
        clickButton("Make stills of the ticked frames");
        List<String> stills = browser.findElements(By.cssSelector("#stills a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertThat(stills).hasSize(2);

        // On each, the boxes on the requester are theirs; every other box is obscured.
        for (String still : stills) {
            browser.get(still);
            for (WebElement row : browser.findElements(By.cssSelector("#decisions-form tbody tr"))) {
                Matcher m = BOX.matcher(row.getText());
                assertThat(m.find()).as(row.getText()).isTrue();
                Box box = new Box(
                        Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
                boolean requester = box.coveredBy(CctvSteps.REQUESTER.figure().grown(0.2, 640, 360)) >= 0.5;
                new Select(row.findElement(By.tagName("select"))).selectByValue(requester ? "REQUESTER" : "OBSCURE");
            }
            clickButton("Save decisions");
            assertThat(text()).contains("Decisions saved");
        }
        go("/requests/" + reference + "/cctv");
        clickButton("Check the obscured stills");
        assertThat(text()).contains("finds no one on the obscured stills but the requester");
        clickButton("Send for checking");

        // A manager, the second person, releases them.
        clickButton("Sign out");
        signIn(manager);
        go("/requests/" + reference + "/cctv");
        WebElement release = button("Check again, bundle and release the stills");
        release.click();
        Chromium.waitForNextPage(browser, release, Duration.ofMinutes(5));
        String password = browser.findElement(By.id("package-password")).getText();
        Path downloaded =
                download(browser.findElement(By.id("download-package")).getAttribute("href"));

        OpenCvStillDetector detector = OpenCvStillDetector.forChecking(DetectorSettings.DEFAULT);
        try (PDDocument bundle = Loader.loadPDF(downloaded.toFile(), password)) {
            assertThat(new PDFTextStripper().getText(bundle)).contains(reference, "what we obscured and why");
            List<BufferedImage> pictures = pictures(bundle);
            assertThat(pictures).hasSize(2);
            for (BufferedImage picture : pictures) {
                Box requester =
                        CctvSteps.REQUESTER.figure().grown(0.2, 640, 360).scaled(picture.getWidth() / 640.0);
                StillCheck check = new ObscuringVerifier(detector).check(picture, List.of(requester), List.of());
                assertThat(check.clean())
                        .as("left visible: %s", check.unaccounted())
                        .isTrue();
                assertThat(check.found()).as("the requester is in the still").isNotEmpty();
            }
        }
        go("/requests/" + reference);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Responded");
    }

    private static List<BufferedImage> pictures(PDDocument bundle) throws java.io.IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        for (PDPage page : bundle.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    pictures.add(image.getImage());
                }
            }
        }
        return pictures;
    }

    private Path download(String url) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<Path> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(tmp.resolve("package.pdf")));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void signIn(String username) {
        go("/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickButton("Sign in");
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void clickButton(String label) {
        clickAndWait(button(label));
    }

    private WebElement button(String label) {
        return browser.findElement(By.xpath("//button[normalize-space(.)='" + label + "']"));
    }

    private void clickAndWait(WebElement element) {
        element.click();
        Chromium.waitForNextPage(browser, element, Duration.ofSeconds(60));
    }
}
