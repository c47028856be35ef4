package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensar.server.OpenSarApplication;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server nodes on one PostgreSQL, as behind a load balancer without sticky sessions: this test's server and a
 * second one started here against the same database. The HTTP session is kept in the database (Spring Session
 * JDBC), so a form started on one node goes on, with the same cookie, on the other; a requester who signed in on one
 * is signed in on the other; and so is an officer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossNodesIT extends PublicServiceTest {

    @Autowired
    private HikariDataSource dataSource;

    @Autowired
    private Casework casework;

    @Autowired
    private Submissions submissions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private org.springframework.core.env.Environment environment;

    private ConfigurableApplicationContext secondNode;
    private int secondPort;

    @BeforeAll
    void startTheSecondNode() {
        secondNode = SpringApplication.run(
                OpenSarApplication.class,
                "--server.port=0",
                "--opensar.db.home=target/it-data/" + UUID.randomUUID(),
                "--opensar.db.url=" + dataSource.getJdbcUrl(),
                "--opensar.db.user=" + dataSource.getUsername(),
                "--opensar.db.password=" + dataSource.getPassword(),
                // every node keys the one audit chain with the same key
                "--opensar.audit.key=" + auditKey(),
                "--opensar.public.code-attempts-per-window=1000",
                "--opensar.public.code-requests-per-window=1000",
                "--opensar.public.forms-per-window=1000",
                "--logging.level.root=WARN");
        secondPort = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
    }

    private String auditKey() {
        try {
            return java.nio.file.Files.readString(
                            java.nio.file.Path.of(environment.getProperty("opensar.db.home"), "audit.key"))
                    .strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void aFormStartedOnOneNodeGoesOnOnTheOtherWithTheSameCookie() {
        PublicClient onFirst = new PublicClient(port);
        onFirst.get("/public/ask-for-your-information/fullName");
        onFirst.post("/public/ask-for-your-information/fullName", Map.of("fullName", "Nodes Example-Person"));
        onFirst.post("/public/ask-for-your-information/otherNames", Map.of("otherNames", ""));

        PublicClient onSecond = onFirst.onPort(secondPort); // the same browser: its cookie and CSRF token
        assertThat(onSecond.get("/public/ask-for-your-information/fullName").body())
                .contains("value=\"Nodes Example-Person\"");
        PublicClient.Page dateOfBirth = onSecond.post(
                "/public/ask-for-your-information/dateOfBirth",
                Map.of("dateOfBirth-day", "27", "dateOfBirth-month", "3", "dateOfBirth-year", "1990"));
        assertThat(dateOfBirth.status()).isEqualTo(200); // the CSRF token from the first node is good here
        onSecond.post("/public/ask-for-your-information/identifiers", Map.of("identifiers", ""));
        onSecond.post("/public/ask-for-your-information/email", Map.of("email", "nodes@example.org"));
        onSecond.post("/public/ask-for-your-information/phone", Map.of("phone", ""));
        onSecond.post("/public/ask-for-your-information/address", Map.of("address", "3 Synthetic Lane, Exampletown"));
        onSecond.post("/public/ask-for-your-information/wanted", Map.of("wanted", "My council tax file"));
        onSecond.post("/public/ask-for-your-information/dates", Map.of("dates", ""));
        onSecond.post("/public/ask-for-your-information/searchTerms", Map.of("searchTerms", ""));
        onSecond.post("/public/ask-for-your-information/familyNames", Map.of("familyNames", ""));
        PublicClient.Page check =
                onSecond.post("/public/ask-for-your-information/delivery", Map.of("delivery", "ELECTRONIC"));
        assertThat(check.body()).contains("Check your answers", "Nodes Example-Person", "27 March 1990");

        PublicClient backOnFirst = onSecond.onPort(port);
        PublicClient.Page sent = backOnFirst.post("/public/ask-for-your-information/check-your-answers", Map.of());
        assertThat(sent.body()).contains("Request sent");
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("id=\"reference\">([A-Z]+-\\d{4}-\\d{6})<")
                .matcher(sent.body());
        assertThat(reference.find()).isTrue();
        assertThat(casework.get(new CaseReference(reference.group(1)))
                        .requester()
                        .name())
                .isEqualTo("Nodes Example-Person");
        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aRequesterSignedInOnOneNodeIsSignedInOnTheOther() {
        String email = "nodes-" + System.nanoTime() + "@example.org";
        Map<String, String> answers = sarAnswers(
                "Nodes Requester-Example", "1990-01-02", email, "4 Synthetic Lane, Exampletown", "My housing file");
        CaseReference reference = submissions.submit(PublicForm.SAR, answers).reference();

        PublicClient onFirst = new PublicClient(port);
        onFirst.get("/public/your-request");
        onFirst.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        PublicClient onSecond = onFirst.onPort(secondPort);
        assertThat(onSecond.get("/public/your-request/code").body()).contains(reference.value());
        PublicClient.Page signedIn = onSecond.post("/public/your-request/code", Map.of("code", latestCode(email, 0)));
        assertThat(signedIn.body()).contains("Your request", reference.value());

        assertThat(onSecond.onPort(port).get("/public/your-request").body())
                .contains("Your request", reference.value(), "Sign out");
    }

    @Test
    void anOfficerSignedInOnOneNodeIsSignedInOnTheOther() {
        String officer = staff(Role.IG_OFFICER);
        PublicClient onFirst = new PublicClient(port);
        onFirst.get("/sign-in");
        PublicClient.Page home = onFirst.post("/sign-in", Map.of("username", officer, "password", PASSWORD));
        assertThat(home.status()).isEqualTo(200);

        PublicClient.Page requests = onFirst.onPort(secondPort).get("/requests");
        assertThat(requests.status()).as(requests.body()).isEqualTo(200);
        assertThat(requests.body()).doesNotContain("name=\"password\"");

        PublicClient signedOut = new PublicClient(secondPort);
        assertThat(signedOut.get("/requests").body()).contains("name=\"password\"");
    }
}
