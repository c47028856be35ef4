package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.server.Chromium;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "People in this file" in Debian's Chromium: from the review, an officer opens the register the engine built,
 * reads why a member of staff is one, changes them to a third party, and sees the redactions proposed again and
 * their name now redacted. Skipped, with a message, only where Chromium is not installed; CI installs it.
 */
class PeopleInThisFileBrowserIT extends IntegrationTest {

    @Autowired
    private Casework casework;

    @Autowired
    private CaseFiles caseFiles;

    @Autowired
    private Workbench workbench;

    @Autowired
    private CasePeople people;

    @TempDir
    Path tmp;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openChromium() throws Exception {
        profile = Files.createTempDirectory("opensar-people-chromium");
        browser = Chromium.start(profile, "1400,1000");
    }

    @AfterEach
    void closeChromium() throws Exception {
        if (browser != null) {
            Chromium.stop(browser, profile);
        }
    }

    @Test
    void anOfficerMakesAMemberOfStaffAThirdParty() throws Exception {
        String username = staff(Role.IG_OFFICER);
        Actor officer = new Actor(username, Set.of(Role.IG_OFFICER));
        CaseReference reference =
                new CaseReference(newRequest(aSubjectAccessRequest().json()));
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        try (InputStream zip = Files.newInputStream(GeneratedCaseFiles.zipped(tmp.resolve("case"), 22, 4))) {
            caseFiles.attachUpload(reference, zip, -1, officer);
        }
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (workbench.caseFile(reference).status() != CaseFileStatus.PROCESSED) {
            assertThat(Instant.now()).as("processed in 3 minutes").isBefore(giveUp);
            Thread.sleep(250);
        }
        CasePerson worker = people.people(workbench.caseFile(reference)).stream()
                .filter(p -> p.person().category() == PersonCategory.COUNCIL_STAFF)
                .findFirst()
                .orElseThrow();

        go("/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(button("Sign in"));
        go("/requests/" + reference.value() + "/review");
        clickAndWait(browser.findElement(By.linkText("People in this file")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("People in this file");

        WebElement row = browser.findElement(By.id("person-" + worker.id()));
        assertThat(row.findElement(By.className("opensar-person-outcome")).getText())
                .isEqualTo("stays");
        row.findElement(By.xpath(".//summary[normalize-space(.)='Change']")).click();
        new Select(row.findElement(By.id("category-" + worker.id()))).selectByValue("OTHER");
        clickAndWait(row.findElement(By.xpath(".//button[normalize-space(.)='Change category']")));

        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Saved. The redactions were proposed again");
        assertThat(browser.findElement(By.id("person-" + worker.id()))
                        .findElement(By.className("opensar-person-outcome"))
                        .getText())
                .isEqualTo("redacted");
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement button(String label) {
        return browser.findElement(By.xpath("//button[normalize-space(.)='" + label + "']"));
    }

    private void clickAndWait(WebElement element) {
        element.click();
        Chromium.waitForNextPage(browser, element, Duration.ofSeconds(30));
    }
}
