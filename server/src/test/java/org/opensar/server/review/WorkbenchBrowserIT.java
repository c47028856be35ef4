package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.Chromium;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer's day in Debian's Chromium: sign in, record a request, upload a generated case file, wait for it to be
 * processed, review it (accept with the keyboard, reject, redact a selection, change a decision), send it for
 * checking, a manager previews the bundle and approves it, the bundle is prepared while the page shows its progress,
 * released, then download the encrypted PDF and open it with its password.
 * Skipped, with a message, only where Chromium is not installed; CI installs it.
 */
class WorkbenchBrowserIT extends IntegrationTest {

    @Autowired
    private Workbench workbench;

    @Autowired
    private PageImages pageImages;

    @TempDir
    Path tmp;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openChromium() throws Exception {
        profile = Files.createTempDirectory("opensar-workbench-chromium");
        browser = Chromium.start(profile, "1400,1000");
    }

    @AfterEach
    void closeChromium() throws Exception {
        if (browser != null) {
            Chromium.stop(browser, profile);
        }
    }

    @Test
    void anOfficerTakesARequestFromCaseFileToReleasedBundle() throws Exception {
        String officer = staff(Role.IG_OFFICER);
        String manager = staff(Role.IG_MANAGER);
        signIn(officer);

        // Record the request and start work.
        go("/requests/new");
        new Select(browser.findElement(By.id("type"))).selectByValue("CARE_LEAVER_SAR");
        browser.findElement(By.id("requesterName")).sendKeys("Jordan Ellis");
        browser.findElement(By.id("requesterEmail")).sendKeys("jordan.ellis@example.org");
        browser.findElement(By.id("informationWanted")).sendKeys("My file from my time in care");
        clickButton("Record the request");
        String reference = browser.findElement(By.tagName("h1")).getText().split("\\s")[0];
        clickButton("Start work");

        // Upload a generated case file and watch it being processed.
        clickAndWait(browser.findElement(By.id("case-file-link")));
        Path zip = GeneratedCaseFiles.zipped(tmp.resolve("case"), 22, 25);
        browser.findElement(By.id("file")).sendKeys(zip.toString());
        clickButton("Upload and process");
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(ExpectedConditions.urlContains("/review"));
        assertThat(text()).contains("reviewed", "Documents");

        // A typed PDF with proposals: j then a accepts the first open one, the button rejects the next.
        CaseReference ref = new CaseReference(reference);
        Path caseFolder = Path.of(workbench.caseFile(ref).folder());
        ReviewDocument withProposals = workbench
                .documents(
                        ref,
                        ReviewFilter.ALL.withDisposition(Disposition.DISCLOSE).withNeedsReview(true),
                        0,
                        100)
                .stream()
                .filter(d -> d.openRedactions() >= 2 && d.file().endsWith(".pdf"))
                .filter(d -> firstProposalIsMarkedOnItsPage(caseFolder, workbench.document(ref, d.id())))
                .findFirst()
                .orElseThrow();
        clickAndWait(browser.findElement(By.linkText(withProposals.title())));
        WebElement first = browser.findElement(By.cssSelector(".opensar-proposal[data-decision='PROPOSED']"));
        String firstId = first.getAttribute("data-redaction");
        String firstMark = ".opensar-page-mark[data-redaction='" + firstId + "']";
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(firstMark)));
        assertThat(browser.findElement(By.cssSelector(firstMark)).getAttribute("class"))
                .contains("opensar-page-mark--proposed");
        browser.findElement(By.id("document-title")).click();
        keysAndWait("j", "a", first);
        assertThat(decisionOf(firstId)).isEqualTo("ACCEPTED");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeContains(
                        By.cssSelector(firstMark), "class", "opensar-page-mark--accepted"));
        WebElement second = browser.findElement(By.cssSelector(".opensar-proposal[data-decision='PROPOSED']"));
        String secondId = second.getAttribute("data-redaction");
        clickAndWait(second.findElement(By.cssSelector("[data-action='reject']")));
        assertThat(decisionOf(secondId)).isEqualTo("REJECTED");

        // Select a word in the text and redact it.
        String word = selectWordsNoOtherDocumentHolds(ref, withProposals.id());
        assertThat(browser.findElement(By.id("selection-text")).getText()).isEqualTo(word);
        clickButton("Redact the selection");
        assertThat(text()).contains("Redaction added: " + word);

        // Change a document's decision, with a reason.
        new Select(browser.findElement(By.id("reason"))).selectByValue("ADMIN");
        browser.findElement(By.id("why")).sendKeys("Internal administrative form, not about Jordan");
        clickButton("Change decision");
        assertThat(browser.findElement(By.id("disposition")).getText()).isEqualTo("WITHHOLD");

        // The rest of the file is settled through the same service the pages use, then sent for checking.
        ReviewSteps.settleTheRest(workbench, ref, new Actor(officer, Set.of(Role.IG_OFFICER)), "read: fine");
        go("/requests/" + reference + "/review");
        assertThat(text()).contains("100% reviewed");
        clickButton("Send for the second-person check");
        assertThat(text()).contains("Sent to an IG manager");

        // A manager (not the officer) checks what changed and approves.
        signOut();
        signIn(manager);
        go("/requests/" + reference + "/quality-check");
        assertThat(fetch(browser.findElement(By.id("preview-bundle")).getAttribute("href"), tmp.resolve("preview.pdf")))
                .as("the preview the manager can open")
                .isEqualTo("inline; filename=\"" + reference + "-preview.pdf\"");
        try (PDDocument preview = Loader.loadPDF(tmp.resolve("preview.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(preview))
                    .contains("PREVIEW - NOT FOR RELEASE")
                    .doesNotContain(word);
        }
        assertThat(browser.findElement(By.id("changed-documents")).getText()).contains(withProposals.title());
        assertThat(browser.findElement(By.id("changed-redactions")).getText()).contains(word);
        browser.findElement(By.id("comments")).sendKeys("Checked.");
        clickButton("Approve for release");

        // Release: the bundle is prepared in the background while the page shows how far it has got and updates
        // itself; then released, the password shown once; the package downloads and opens with it.
        assertThat(browser.getCurrentUrl()).endsWith("/release");
        clickButton("Prepare the bundle for release");
        assertThat(
                        browser.findElements(By.id("preparation")).isEmpty()
                                ? browser.findElement(By.id("prepared-summary")).getText()
                                : browser.findElement(By.id("preparation-count"))
                                        .getText())
                .containsPattern("documents rendered|verified clean");
        new WebDriverWait(browser, Duration.ofMinutes(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("release")));
        assertThat(browser.findElement(By.id("prepared-summary")).getText()).contains("verified clean");
        WebElement release = button("Release the bundle");
        release.click();
        Chromium.waitForNextPage(browser, release, Duration.ofMinutes(1));
        assertThat(browser.findElements(By.id("package-password"))).as(text()).isNotEmpty();
        String password = browser.findElement(By.id("package-password")).getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        String packageUrl = browser.findElement(By.id("download-package")).getAttribute("href");
        assertThat(browser.findElement(By.id("download-package")).getText())
                .isEqualTo("Download the encrypted PDF file");
        Path downloaded = download(packageUrl, tmp.resolve("package.pdf"));
        try (PDDocument bundle = Loader.loadPDF(downloaded.toFile(), password)) {
            String text = new PDFTextStripper().getText(bundle);
            assertThat(text).contains(reference, "What we removed and why").doesNotContain(word);
        }
        go("/requests/" + reference);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Responded");
    }

    /** Selects, as an officer would with the mouse, three words of the document that no other
     * document holds (its removed copies aside, which the bundle leaves out). */
    private String selectWordsNoOtherDocumentHolds(CaseReference reference, long document) {
        String others = ReviewSteps.textOfOtherDocuments(
                workbench, reference, document, d -> d.reason() != ReasonCode.DUPLICATE);
        String own = workbench.document(reference, document).content().text().toLowerCase();
        for (WebElement run : browser.findElements(By.cssSelector("#document-text span[data-start]"))) {
            java.util.regex.Matcher word = java.util.regex.Pattern.compile(
                            "\\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\\b")
                    .matcher(run.getText());
            while (word.find()) {
                String candidate = word.group().toLowerCase();
                if (!others.contains(candidate) && own.indexOf(candidate) == own.lastIndexOf(candidate)) {
                    return select(run, word.group());
                }
            }
        }
        throw new AssertionError("no words of the document are its own");
    }

    private String select(WebElement run, String word) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                        const [run, word] = arguments;
                        const node = run.firstChild;
                        const at = node.textContent.indexOf(word);
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + word.length);
                        const selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        document.dispatchEvent(new Event('selectionchange'));
                        return selection.toString();""", run, word);
    }

    private String decisionOf(String redactionId) {
        return browser.findElement(By.id("redaction-" + redactionId)).getAttribute("data-decision");
    }

    /** Fetches a page's link as the signed-in browser would; returns how it is to be shown (Content-Disposition). */
    private String fetch(String url, Path to) throws Exception {
        HttpResponse<Path> response = signedIn(url, to);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        return response.headers().firstValue("Content-Disposition").orElse("");
    }

    private Path download(String url, Path to) throws Exception {
        HttpResponse<Path> response = signedIn(url, to);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).matches("attachment; filename=\"[A-Z]+-\\d{4}-\\d+\\.pdf\""));
        return to;
    }

    private HttpResponse<Path> signedIn(String url, Path to) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<Path> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(to));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private void signIn(String username) {
        go("/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickButton("Sign in");
    }

    private void signOut() {
        clickButton("Sign out");
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

    private void keysAndWait(String first, String then, WebElement onTheOldPage) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(first).perform();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(then).perform();
        waitForNextPage(onTheOldPage);
    }

    private void clickAndWait(WebElement element) {
        element.click();
        waitForNextPage(element);
    }

    private void waitForNextPage(WebElement onTheOldPage) {
        Chromium.waitForNextPage(browser, onTheOldPage, Duration.ofSeconds(30));
    }

    /** Whether the document's first open proposal is found on its page's image, so the viewer marks it there. */
    private boolean firstProposalIsMarkedOnItsPage(Path caseFolder, Workbench.DocumentPage document) {
        RedactionView first = document.redactions().stream()
                .filter(RedactionView::open)
                .findFirst()
                .orElseThrow();
        return pageImages.marks(caseFolder, document, first.page()).stream().anyMatch(m -> m.redaction() == first.id());
    }
}
