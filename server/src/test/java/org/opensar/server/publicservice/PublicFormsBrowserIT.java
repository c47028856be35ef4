package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.Channel;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.casework.RequestType;
import org.opensar.server.council.CouncilDetails;
import org.opensar.server.council.CouncilSettings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public form in Chromium, from the start page to the confirmation, with axe-core run on every page on the
 * way (errors and "check your answers" included), and one form by keyboard alone. Synthetic people only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFormsBrowserIT extends PublicServiceTest {

    @Autowired
    private Casework casework;

    @Autowired
    private Submissions submissions;

    @Autowired
    private CouncilSettings council;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.open(port);
    }

    /** Each test is a new visitor: no session from the one before. */
    @org.junit.jupiter.api.BeforeEach
    void newVisitor() {
        browser.go("/public");
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSubjectAccessRequestFromTheStartPageToItsReference() {
        browser.go("/public");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("subject access request");
        browser.click("Ask for your personal information");
        browser.checkAccessibility();
        browser.click("Start now");

        browser.skip(); // no name: the error summary links to the field
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter your full name");
        browser.checkAccessibility();
        browser.answer("fullName", "Robin Example-Testperson");
        browser.answer("otherNames", "Robin Oldname\nRob Example");
        browser.dateTyped("dateOfBirth", "30", "2", "1990"); // not a real date
        assertThat(browser.text()).contains("The date must be a real date");
        browser.checkAccessibility();
        browser.date("dateOfBirth", LocalDate.of(1990, 3, 27));
        browser.answer("identifiers", "CT-1234567");
        browser.answer("email", "not-an-email");
        assertThat(browser.text()).contains("Enter an email address in the correct format");
        browser.answer("email", "robin@example.org");
        browser.answer("phone", "01632 960 001");
        browser.answer("address", "1 Synthetic Street\nExampletown\nEX1 1AA");
        browser.answer("wanted", "My housing repair complaints and letters about them");
        browser.answer("dates", "2019 to 2021");
        browser.answer("searchTerms", "housing repairs\ndamp");
        browser.answer("familyNames", "Sam Example-Testperson");
        browser.choose("delivery", 0);

        assertThat(browser.heading()).isEqualTo("Check your answers before sending your request");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Robin Example-Testperson", "27 March 1990", "CT-1234567");
        browser.driver.findElement(By.partialLinkText("Change")).click(); // change the name, and come back to check
        browser.answer("fullName", "Robin Example");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending your request");
        browser.clickButton("Accept and send");

        assertThat(browser.find(".govuk-panel__title").getText()).isEqualTo("Request sent");
        browser.checkAccessibility();
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.SAR);
        assertThat(request.channel()).isEqualTo(Channel.WEB);
        assertThat(request.createdBy()).isEqualTo("public form");
        assertThat(request.requester().name()).isEqualTo("Robin Example");
        assertThat(request.subject().aliases()).containsExactly("Robin Oldname", "Rob Example");
        assertThat(request.subject().councilIdentifiers()).containsExactly("CT-1234567");
        assertThat(request.searchTerms()).containsExactly("housing repairs", "damp");
        assertThat(request.informationWanted()).contains("Sam Example-Testperson");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aCareLeaverIsSignpostedToTheirWorkersAndTheDutyTeam() {
        browser.go("/public/care-leaver");
        browser.checkAccessibility();
        CouncilDetails details = council.current();
        assertThat(browser.text())
                .contains(
                        "social worker, support worker or personal advisor",
                        details.leavingCareEmail(),
                        details.leavingCarePhone());
        browser.click("Start now");
        browser.answer("fullName", "Alex Careleaver-Example");
        browser.skip();
        browser.date("dateOfBirth", LocalDate.of(2001, 5, 4));
        browser.skip();
        browser.answer("email", "alex@example.org");
        browser.skip();
        browser.answer("address", "2 Synthetic Road, Exampletown");
        browser.answer("careDates", "2005 to 2019");
        browser.answer("wanted", "My whole care file, especially my chronology and review notes");
        browser.skip();
        browser.skip();
        browser.answer("familyNames", "Jo Careleaver-Example (mum)");
        browser.choose("delivery", 0);
        browser.checkAccessibility();
        browser.clickButton("Accept and send");
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.CARE_LEAVER_SAR);
        assertThat(request.relevantDates()).contains("2005 to 2019");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void personalCctvShowsTheDayTheFootageIsOverwritten() {
        LocalDate filmed = LocalDate.now().minusDays(3);
        browser.go("/public/cctv-of-you");
        browser.checkAccessibility();
        browser.click("Start now");
        browser.choose("purpose", 0);
        browser.date("footageDate", filmed);
        browser.answer("footageTime", "about 2:30pm");
        browser.answer("place", "Outside the central library, Synthetic Square");
        browser.answer("description", "Red coat, blue rucksack, with a small dog");
        browser.answer("fullName", "Kim Camera-Example");
        browser.answer("email", "kim@example.org");
        browser.skip();
        browser.answer("address", "3 Synthetic Lane, Exampletown");
        browser.date("dateOfBirth", LocalDate.of(1985, 1, 2));
        browser.choose("delivery", 0);
        browser.checkAccessibility();
        assertThat(browser.text()).contains("will be overwritten on " + PublicDates.longDate(filmed.plusDays(30)));
        browser.clickButton("Accept and send");
        browser.checkAccessibility();
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.PERSONAL_CCTV_SAR);
        assertThat(request.footageRecordedOn()).isEqualTo(filmed);
        assertThat(request.informationWanted()).contains("about 2:30pm", "Red coat");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void cctvForAClaimIsToldTheThirdPartyProcessAndRecordedAsRoutedElsewhere() {
        browser.go("/public/cctv-of-you");
        browser.click("Start now");
        browser.choose("purpose", 1); // an insurance claim: not a subject access request
        assertThat(browser.path()).isEqualTo("/public/cctv-for-a-claim");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("not a subject access request");
        browser.click("Start now");
        browser.choose("role", 2); // the person involved: ask your insurer
        assertThat(browser.heading()).isEqualTo("Ask your insurer or legal representative");
        browser.checkAccessibility();

        browser.go("/public/cctv-for-a-claim/role");
        browser.choose("role", 0);
        browser.answer("organisation", "Example Mutual Insurance (synthetic)");
        browser.answer("fullName", "Pat Claims-Handler");
        browser.answer("email", "claims@insurer.example");
        browser.date("incidentDate", LocalDate.now().minusDays(5));
        browser.answer("place", "Junction of Synthetic Road and Example Avenue");
        browser.answer("whatHappened", "A road traffic accident between two cars");
        browser.clickButton("Accept and send");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("This is not a subject access request");
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.THIRD_PARTY_CCTV);
        assertThat(request.status()).isEqualTo(RequestStatus.ROUTED_ELSEWHERE);
        assertThat(casework.timeline(request.reference()))
                .extracting(e -> e.reason())
                .contains(Submissions.THIRD_PARTY_ROUTE);
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void onSomeoneElsesBehalfAsksForTheAuthority() {
        browser.go("/public/for-someone-else");
        browser.checkAccessibility();
        browser.click("Start now");
        browser.choose("authority", 1); // lasting power of attorney
        browser.answer("subjectName", "Morgan Subject-Example");
        browser.skip();
        browser.date("subjectDateOfBirth", LocalDate.of(1940, 7, 8));
        browser.skip();
        browser.answer("fullName", "Jamie Attorney-Example");
        browser.answer("email", "jamie@example.org");
        browser.skip();
        browser.answer("address", "4 Synthetic Close, Exampletown");
        browser.answer("wanted", "Adult social care assessments of my father");
        browser.skip();
        browser.skip();
        browser.choose("delivery", 1);
        browser.checkAccessibility();
        browser.clickButton("Accept and send");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("evidence of your authority");
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.actingForSubject()).isTrue();
        assertThat(request.subject().name()).isEqualTo("Morgan Subject-Example");
        assertThat(request.requester().name()).isEqualTo("Jamie Attorney-Example");
        assertThat(request.subject().dateOfBirth()).isEqualTo(LocalDate.of(1940, 7, 8));
        assertThat(request.informationWanted()).contains("I have a lasting power of attorney for them");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void informationNotAboutYouBecomesAFreedomOfInformationRequestWithItsOwnClock() {
        browser.go("/public/information-not-about-you");
        browser.checkAccessibility();
        browser.click("Start now");
        browser.answer("fullName", "Lee Curious-Example");
        browser.answer("email", "lee@example.org");
        browser.answer("wanted", "The council's spending on road repairs in 2025");
        browser.checkAccessibility();
        browser.clickButton("Accept and send");
        browser.checkAccessibility();
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.FOI);
        assertThat(browser.find("#due").getText())
                .isEqualTo(PublicDates.longDate(casework.deadline(request).due()));
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void aBreachReportStartsItsSeventyTwoHourClock() {
        browser.go("/public/report-a-data-breach");
        browser.checkAccessibility();
        browser.click("Start now");
        browser.answer("fullName", "Ash Reporter-Example");
        browser.answer("email", "ash@example.org");
        browser.skip();
        browser.answer("whatHappened", "I received a letter about someone else's council tax");
        browser.answer("whenHappened", "Yesterday");
        browser.skip();
        browser.checkAccessibility();
        browser.clickButton("Accept and send");
        assertThat(browser.find(".govuk-panel__title").getText()).isEqualTo("Breach reported");
        browser.checkAccessibility();
        InformationRequest request =
                casework.get(new CaseReference(browser.find("#reference").getText()));
        assertThat(request.type()).isEqualTo(RequestType.BREACH_REPORT);
        assertThat(request.breachAwareAt()).isNotNull();
        assertThat(casework.deadline(request).dueAt().toInstant())
                .isEqualTo(request.breachAwareAt().plusSeconds(72 * 3600));
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theFreedomOfInformationFormWorksWithTheKeyboardAlone() {
        browser.go("/public");
        browser.tabToText("Skip to main content");
        browser.tabToText("Ask for information that is not about you");
        browser.enter();
        assertThat(browser.path()).isEqualTo("/public/information-not-about-you");
        browser.tabToText("Start now");
        browser.enter();
        typeAndContinue("fullName", "Keyboard Only-Example");
        typeAndContinue("email", "keys@example.org");
        typeAndContinue("wanted", "Minutes of the 2025 planning committee");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending your request");
        browser.tabToText("Accept and send");
        browser.enter();
        assertThat(browser.find(".govuk-panel__title").getText()).isEqualTo("Request sent");
        assertThat(casework.get(new CaseReference(browser.find("#reference").getText()))
                        .type())
                .isEqualTo(RequestType.FOI);
    }

    @Test
    void aRadioQuestionAndADateWorkWithTheKeyboardAlone() {
        browser.go("/public/cctv-of-you/purpose");
        browser.tabToId("purpose-0");
        browser.keys(Keys.SPACE);
        browser.tabToText("Continue");
        browser.enter();
        assertThat(browser.path()).isEqualTo("/public/cctv-of-you/footageDate");
        browser.tabToId("footageDate-day");
        LocalDate day = LocalDate.now().minusDays(1);
        browser.keys(String.valueOf(day.getDayOfMonth()), Keys.TAB, String.valueOf(day.getMonthValue()), Keys.TAB);
        browser.keys(String.valueOf(day.getYear()));
        browser.tabToText("Continue");
        browser.enter();
        assertThat(browser.path()).isEqualTo("/public/cctv-of-you/footageTime");
    }

    @Test
    void theRequesterSignsInWithACodeSendsEvidenceAndAnswersAQuestion() throws Exception {
        String email = "browser-" + System.nanoTime() + "@example.org";
        CaseReference reference =
                submissions.submit(PublicForm.SAR, sarAnswers(email)).reference();
        Response asked = call(
                "POST",
                "/api/requests/" + reference.value() + "/actions",
                staff(org.opensar.server.staff.Role.IG_OFFICER),
                java.util.Map.of("action", "REQUEST_CLARIFICATION", "reason", "Which school did you attend?"));
        assertThat(asked.status()).isEqualTo(200);

        browser.go("/public");
        browser.click("See your request, answer our questions or send documents");
        browser.checkAccessibility();
        browser.answerWith("reference", "NOT-A-REFERENCE", "Send me a code");
        assertThat(browser.text()).contains("Enter your reference");
        browser.checkAccessibility();
        browser.answerWith("reference", reference.value(), "Send me a code");
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.checkAccessibility();
        browser.answerWith("code", "000000".equals(latestCode(email, 0)) ? "111111" : "000000", "Continue");
        assertThat(browser.text()).contains("The code is wrong or has expired");
        browser.checkAccessibility();
        browser.answerWith("code", latestCode(email, 0), "Continue");

        assertThat(browser.heading()).isEqualTo("Your request");
        assertThat(browser.find("#question").getText()).isEqualTo("Which school did you attend?");
        assertThat(browser.find("#response").getText()).contains("Nothing has been released");
        browser.checkAccessibility();
        browser.answerWith("answer", "Exampletown Primary, 1996 to 2002", "Send your answer");
        assertThat(browser.text()).contains("We have your answer");
        browser.checkAccessibility();
        assertThat(casework.get(reference).clarifications().get(0).answer())
                .isEqualTo("Exampletown Primary, 1996 to 2002");

        browser.click("Send a document");
        browser.checkAccessibility();
        browser.clickButton("Send the document"); // nothing chosen
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select what the document is");
        browser.checkAccessibility();
        java.nio.file.Path png = java.nio.file.Files.createTempFile("passport", ".png");
        java.nio.file.Files.write(png, PublicServiceIT.image("png"));
        browser.find("#type-0").click(); // passport
        LocalDate expires = LocalDate.now().plusYears(3);
        browser.find("#expiresOn-day").sendKeys(String.valueOf(expires.getDayOfMonth()));
        browser.find("#expiresOn-month").sendKeys(String.valueOf(expires.getMonthValue()));
        browser.find("#expiresOn-year").sendKeys(String.valueOf(expires.getYear()));
        browser.find("#file").sendKeys(png.toString());
        browser.clickButton("Send the document");
        assertThat(browser.heading()).isEqualTo("We have received your document");
        assertThat(browser.find("#still-needed").getText()).contains("proof of address");
        browser.checkAccessibility();
        java.nio.file.Files.delete(png);
        browser.click("Go to your request");
        browser.clickButton("Sign out");
        assertThat(browser.path()).isEqualTo("/public");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void tooManyCodesForOneReferenceShowAnAccessiblePage() {
        for (int i = 0; i < 6; i++) {
            browser.go("/public/your-request");
            browser.answerWith("reference", "SAR-2026-444444", "Send me a code");
        }
        assertThat(browser.heading()).isEqualTo("Try again later");
        browser.checkAccessibility();
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void theRequesterSignsInWithTheKeyboardAlone() {
        String email = "keys-" + System.nanoTime() + "@example.org";
        CaseReference reference =
                submissions.submit(PublicForm.SAR, sarAnswers(email)).reference();
        browser.go("/public/your-request");
        browser.tabToId("reference");
        browser.keys(reference.value());
        browser.enter(); // Enter in the field sends the form
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.tabToId("code");
        browser.keys(latestCode(email, 0));
        browser.tabToText("Continue");
        browser.enter();
        assertThat(browser.heading()).isEqualTo("Your request");
        browser.tabToText("Send a document");
        browser.enter();
        assertThat(browser.heading()).isEqualTo("Send a document");
    }

    private static Map<String, String> sarAnswers(String email) {
        return sarAnswers(
                "Browser Requester-Example",
                "1990-01-02",
                email,
                "6 Synthetic Row, Exampletown",
                "My school admissions file");
    }

    private void typeAndContinue(String id, String value) {
        browser.tabToId(id);
        browser.keys(value);
        browser.tabToText("Continue");
        browser.enter();
    }
}
