package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.notify.Emails;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The emails a requester receives, caught by the in-process SMTP server: acknowledgement with the due date,
 * identity needed, clarification needed, extension with its reasons, response ready, password release; and an
 * administrator's edit of a template, audited.
 */
class EmailsIT extends PublicServiceTest {

    @Autowired
    private Submissions submissions;

    @Autowired
    private Casework casework;

    @Autowired
    private Emails emails;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CouncilSettings council;

    @Test
    void theAcknowledgementGivesTheReferenceAndTheDueDate() {
        String email = "ack-" + System.nanoTime() + "@example.org";
        CaseReference reference = request(email);

        MimeMessage ack = email(email, s -> s.startsWith("We have received your request"));

        assertThat(subject(ack)).contains(reference.value());
        String due =
                PublicDates.longDate(casework.deadline(casework.get(reference)).due());
        assertThat(body(ack))
                .contains(
                        "Dear Email Example",
                        reference.value(),
                        "We will answer by " + due,
                        "http://localhost/public/your-request")
                .contains("Information Governance Team, " + council.current().councilName())
                .contains(council.current().igEmail(), council.current().igPhone())
                .doesNotContain("((", "leaving care");
        assertThat(jdbc.sql("select outcome from email_sent where reference = :r and template = 'ACKNOWLEDGEMENT'")
                        .param("r", reference.value())
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }

    @Test
    void aCareLeaverIsToldWhoCanHelpThemReadTheirRecords() {
        String email = "care-" + System.nanoTime() + "@example.org";
        Map<String, String> answers =
                sarAnswers("Care Leaver-Example", "2001-05-04", email, "2 Synthetic Road, Exampletown", "My care file");
        submissions.submit(PublicForm.CARE_LEAVER, answers);

        assertThat(body(email(email, s -> s.startsWith("We have received your request"))))
                .contains("The leaving care team can help you: email "
                        + council.current().leavingCareEmail() + " or call "
                        + council.current().leavingCarePhone());
    }

    @Test
    void staffActionsTellTheRequester() {
        String email = "actions-" + System.nanoTime() + "@example.org";
        CaseReference reference = request(email);
        String officer = staff(Role.IG_OFFICER);
        String manager = staff(Role.IG_MANAGER);
        String actions = "/api/requests/" + reference.value() + "/actions";

        assertThat(call("POST", actions, officer, Map.of("action", "REQUEST_IDENTITY"))
                        .status())
                .isEqualTo(200);
        assertThat(body(email(email, s -> s.startsWith("We need proof of identity"))))
                .contains("One document from list 1 (proof of identity)", "One document from list 2");

        assertThat(call(
                                "POST",
                                actions,
                                officer,
                                Map.of(
                                        "action",
                                        "REQUEST_CLARIFICATION",
                                        "reason",
                                        "Which council service were you in contact with?"))
                        .status())
                .isEqualTo(200);
        assertThat(body(email(email, s -> s.startsWith("A question about your request"))))
                .contains("Which council service were you in contact with?");

        assertThat(call(
                                "POST",
                                actions,
                                manager,
                                Map.of(
                                        "action",
                                        "NOTIFY_EXTENSION",
                                        "reason",
                                        "Your records run to several thousand pages across three services."))
                        .status())
                .isEqualTo(200);
        assertThat(body(email(email, s -> s.startsWith("We need more time"))))
                .contains("Your records run to several thousand pages across three services.");
    }

    @Test
    void theResponseReadyAndPasswordEmailsGoToTheRequesterOnly() {
        String email = "ready-" + System.nanoTime() + "@example.org";
        CaseReference reference = request(email);
        String officer = staff(Role.IG_OFFICER);
        String manager = staff(Role.IG_MANAGER);
        String actions = "/api/requests/" + reference.value() + "/actions";
        call(
                "POST",
                "/api/requests/" + reference.value() + "/identity/decisions",
                officer,
                Map.of("kind", "IDENTITY", "reason", "Known to the personal advisor"));
        call("POST", actions, officer, Map.of("action", "START_WORK"));
        call("POST", actions, officer, Map.of("action", "SEND_FOR_QA"));
        assertThat(call("POST", actions, manager, Map.of("action", "APPROVE_AND_RESPOND"))
                        .status())
                .isEqualTo(200);
        assertThat(body(email(email, s -> s.startsWith("Your information is ready"))))
                .contains(reference.value(), "by phone on " + council.current().igPhone())
                .doesNotContain("((");

        emails.sendPassword(email, reference.value(), "Email Example", "correct-synthetic-password");
        assertThat(body(email(email, s -> s.startsWith("The password for your information"))))
                .contains("correct-synthetic-password", "Use it to open the file you downloaded from your page");
    }

    @Test
    void anAdministratorEditsATemplateAndTheChangeIsAudited() {
        String admin = staff(Role.ADMINISTRATOR);
        PublicClient browser = new PublicClient(port);
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("username", admin, "password", PASSWORD));
        assertThat(browser.get("/admin/emails").body()).contains("Email templates", "((reference))");

        PublicClient.Page saved = browser.post(
                "/admin/emails/SIGN_IN_CODE",
                Map.of("subject", "Your code to see your request", "body", "Your code is ((code)). It works once."));

        assertThat(saved.body()).contains("was saved");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMAIL_TEMPLATE_CHANGED'"
                                + " and subject_id = 'SIGN_IN_CODE' and actor = :admin")
                        .param("admin", admin)
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(new PublicClient(port).get("/admin/emails").body()).doesNotContain("((reference))");
    }

    private CaseReference request(String email) {
        Map<String, String> answers = sarAnswers(
                "Email Example", "1991-04-05", email, "5 Synthetic Way, Exampletown", "Letters about my council tax");
        return submissions.submit(PublicForm.SAR, answers).reference();
    }
}
