package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.review.Release;
import org.opensar.server.review.ReviewSteps;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requester's page once the response is released, in Chromium: sign in with the reference and the code from
 * the email, see the status and how long the download lasts, download the encrypted package through the link (the
 * very bytes of the package), ask for the password by email by keyboard alone, and, once the link has expired, a
 * clear page instead of the file. axe-core runs on every page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequesterResponseBrowserIT extends PublicServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Release release;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    @TempDir
    Path tmp;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRequesterDownloadsTheReleasedPackageAsksForThePasswordAndIsToldWhenTheLinkHasExpired() throws Exception {
        String email = "released-" + System.nanoTime() + "@example.org";
        CaseReference reference = new CaseReference(
                newRequest(aSubjectAccessRequest().requesterEmail(email).json()));
        Actor officer = new Actor(staff(Role.IG_OFFICER), Set.of(Role.IG_OFFICER));
        Actor manager = new Actor(staff(Role.IG_MANAGER), Set.of(Role.IG_MANAGER));
        Release.Released released = ReviewSteps.released(context, reference, officer, manager, tmp);
        assertThat(body(email(email, s -> s.startsWith("Your information is ready"))))
                .contains(reference.value(), "Open it in any PDF reader on your phone or computer");

        // Sign in with the reference and the code from the email, by keyboard alone.
        browser.go("/public/your-request");
        browser.checkAccessibility();
        browser.tabToId("reference");
        browser.keys(reference.value());
        browser.enter();
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.checkAccessibility();
        browser.tabToId("code");
        browser.keys(latestCode(email, 0));
        browser.tabToText("Continue");
        browser.enter();

        // The status and the download's expiry.
        assertThat(browser.heading()).isEqualTo("Your request");
        assertThat(browser.find("#status").getText()).isEqualTo("Responded");
        LocalDate until = LocalDate.ofInstant(
                released.record().releasedAt().plus(java.time.Duration.ofDays(28)), clock.getZone());
        assertThat(browser.find("#response").getText()).contains("Your information is ready");
        assertThat(browser.find("#how-to-open").getText())
                .isEqualTo("It is a PDF file with a password. Open it in any PDF reader on your phone or computer."
                        + " It will ask for the password we give you separately.");
        assertThat(browser.find("#download").getText()).isEqualTo("Download your information (PDF file)");
        assertThat(browser.text()).contains("You can download it until " + PublicDates.longDate(until));
        browser.checkAccessibility();

        // The link, reached by keyboard, gives the encrypted package itself.
        assertThat(browser.tabToId("download").getAttribute("href")).endsWith("/public/your-request/download");
        Fetched download = fetch("/public/your-request/download");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.type()).isEqualTo("application/pdf");
        assertThat(download.bytes()).startsWith('%', 'P', 'D', 'F', '-', '2', '.', '0');
        assertThat(download.bytes()).isEqualTo(Files.readAllBytes(release.packageFile(reference)));

        // The password by email: a button reached and pressed by keyboard.
        browser.tabToText("Email me the password");
        browser.enter();
        assertThat(browser.find("#password-asked").getText()).contains("You asked for the password by email");
        assertThat(browser.driver.findElements(By.id("ask-password"))).isEmpty();
        browser.checkAccessibility();
        assertThat(release.forRequester(reference).orElseThrow().passwordAsked())
                .isTrue();

        // The link expires: the page says so, and the link itself answers 410 with a page that says what to do.
        jdbc.sql("update release set released_at = released_at - interval '29 days' where id = :id")
                .param("id", released.record().id())
                .update();
        browser.go("/public/your-request");
        assertThat(browser.find("#response").getText()).contains("has expired");
        assertThat(browser.driver.findElements(By.id("download"))).isEmpty();
        browser.checkAccessibility();
        assertThat(fetch("/public/your-request/download").status()).isEqualTo(410);
        browser.go("/public/your-request/download");
        assertThat(browser.heading()).isEqualTo("Your download has expired");
        assertThat(browser.text()).contains("Contact the Information Governance Team");
        browser.checkAccessibility();
        browser.tabToText("Go to your request");
        browser.enter();
        assertThat(browser.heading()).isEqualTo("Your request");

        browser.assertNoAccessibilityViolations();
    }

    private record Fetched(int status, String type, byte[] bytes) {}

    /** Fetches the path in the browser, with its session, and returns the status, type and bytes. */
    @SuppressWarnings("unchecked")
    private Fetched fetch(String path) {
        List<Object> result = (List<Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => {
                        const bytes = new Uint8Array(b);
                        let binary = '';
                        for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                        done([r.status, r.headers.get('Content-Type') || '', btoa(binary)]);
                    }))
                    .catch(e => done([0, 'failed: ' + e, '']));""", path);
        return new Fetched(
                ((Number) result.get(0)).intValue(),
                result.get(1).toString(),
                Base64.getDecoder().decode(result.get(2).toString()));
    }
}
