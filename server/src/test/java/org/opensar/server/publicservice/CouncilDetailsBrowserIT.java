package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator replaces the example council's details in Chromium: the warning on every staff page leads to the
 * settings page, a mistake comes back in the GOV.UK error summary, the saved details end the warning and show on the
 * care leavers' form. axe-core runs on every page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilDetailsBrowserIT extends PublicServiceTest {

    private static final String WARNING = "This OpenSAR still has the example council's details";

    @Autowired
    private CouncilSettings council;

    @Autowired
    private JdbcClient jdbc;

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
    void anAdministratorSetsTheCouncilsOwnDetailsAndTheWarningGoes() {
        jdbc.sql("delete from council_details").update(); // the example council, whatever ran before
        browser.go("/sign-in");
        browser.find("#username").sendKeys(staff(Role.ADMINISTRATOR));
        browser.find("#password").sendKeys(PASSWORD);
        browser.clickButton("Sign in");

        browser.go("/admin");
        assertThat(browser.find("#example-council-banner").getText()).contains(WARNING);
        browser.checkAccessibility();
        browser.click("Set the council's details");
        assertThat(browser.heading()).isEqualTo("Council details");
        assertThat(browser.text()).contains("These are the example council's details");
        browser.checkAccessibility();

        // A mistake: no name, and the example council's email left in place.
        type(Map.of("councilName", "", "leavingCarePhone", "07700 900 654"));
        browser.clickButton("Save council details");
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.find(".govuk-error-summary").getText())
                .contains(
                        "Enter the council's name",
                        "Enter your information governance team's email address, not the example council's");
        assertThat(browser.find("#leavingCarePhone").getAttribute("value")).isEqualTo("07700 900 654");
        browser.checkAccessibility();

        type(Map.of(
                "councilName", "Testshire County Council",
                "igEmail", "ig@testshire.example",
                "igPhone", "01632 960 321",
                "igAddress", "Information Governance\nCounty Hall\nTestford",
                "leavingCareEmail", "leaving.care@testshire.example",
                "signerName", "Pat Signer",
                "signerRole", "Data Protection Officer"));
        browser.clickButton("Save council details");
        assertThat(browser.text()).contains("The council's details were saved.", "Last set by");
        assertThat(browser.driver.findElements(By.id("example-council-banner"))).isEmpty();
        browser.checkAccessibility();
        assertThat(council.current().councilName()).isEqualTo("Testshire County Council");
        browser.go("/admin");
        assertThat(browser.driver.findElements(By.id("example-council-banner"))).isEmpty();
        browser.clickButton("Sign out");

        // The care leavers' form signposts to the council's own leaving care team.
        browser.go("/public/care-leaver");
        assertThat(browser.text()).contains("leaving.care@testshire.example", "07700 900 654");
        assertThat(browser.driver.findElement(By.tagName("footer")).getText())
                .contains("Testshire County Council", "ig@testshire.example", "01632 960 321");
        browser.checkAccessibility();
        browser.assertNoAccessibilityViolations();
    }

    private void type(Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.find("#" + id);
            field.clear();
            field.sendKeys(value);
        });
    }
}
