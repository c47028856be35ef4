package org.opensar.server.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.audit.AuditEntry;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The council's details against real PostgreSQL: the example council's, flagged on every staff page, until an
 * administrator sets the council's own; then stored, audited with before and after, used on the care leavers' form,
 * and the warning is gone. Details with problems are shown back with the GOV.UK error summary and not stored.
 */
class CouncilSettingsIT extends IntegrationTest {

    private static final String WARNING = "This OpenSAR still has the example council's details";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CouncilSettings council;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JdbcClient jdbc;

    private MockMvc mvc;

    /** Every test starts from the example council, whatever an earlier test in this context set. */
    @BeforeEach
    void exampleCouncil() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.sql("delete from council_details").update();
    }

    @Test
    void untilAnAdministratorSetsThemEveryStaffPageWarnsAndTheExampleIsUsed() throws Exception {
        assertThat(council.example()).isTrue();
        assertThat(council.current()).isEqualTo(CouncilDetails.EXAMPLE);
        assertThat(page(get("/requests"), "officer", "IG_OFFICER").getContentAsString())
                .contains(WARNING)
                .doesNotContain("Set the council's details");
        assertThat(page(get("/admin"), "administrator", "ADMINISTRATOR").getContentAsString())
                .contains(WARNING, "href=\"/admin/council\"");
        assertThat(mvc.perform(get("/public/care-leaver"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(CouncilDetails.EXAMPLE.leavingCareEmail(), CouncilDetails.EXAMPLE.leavingCarePhone())
                .doesNotContain(WARNING);
    }

    @Test
    void anAdministratorSetsTheCouncilsDetailsAuditedAndTheWarningGoes() throws Exception {
        CouncilDetails testshire = CouncilDetailsTest.TESTSHIRE;

        MockHttpServletResponse saved = page(form(testshire), "administrator", "ADMINISTRATOR");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/council");
        assertThat(council.example()).isFalse();
        assertThat(council.current()).isEqualTo(testshire);
        List<AuditEntry> entries = audit.about(new AuditSubject("council", "details"));
        AuditEntry changed = entries.get(entries.size() - 1);
        assertThat(changed.action()).isEqualTo("COUNCIL_DETAILS_CHANGED");
        assertThat(changed.actor()).isEqualTo("administrator");
        assertThat(JSON.readValue(changed.before(), CouncilDetails.class)).isEqualTo(CouncilDetails.EXAMPLE);
        assertThat(JSON.readValue(changed.after(), CouncilDetails.class)).isEqualTo(testshire);

        assertThat(page(get("/requests"), "officer", "IG_OFFICER").getContentAsString())
                .doesNotContain(WARNING);
        assertThat(page(get("/admin/council"), "administrator", "ADMINISTRATOR").getContentAsString())
                .doesNotContain(WARNING)
                .contains("Last set by administrator", "Testshire County Council");
        assertThat(mvc.perform(get("/public/care-leaver"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(testshire.leavingCareEmail(), testshire.leavingCarePhone(), testshire.igEmail())
                .doesNotContain(CouncilDetails.EXAMPLE.leavingCareEmail());
    }

    @Test
    void detailsWithProblemsComeBackWithAnErrorSummaryAndNothingIsStored() throws Exception {
        CouncilDetails wrong = new CouncilDetails(
                "",
                "ig.testshire.example",
                "01632 960 321",
                CouncilDetailsTest.TESTSHIRE.igAddress(),
                CouncilDetailsTest.TESTSHIRE.leavingCareEmail(),
                CouncilDetailsTest.TESTSHIRE.leavingCarePhone(),
                "Pat Signer",
                "Data Protection Officer");

        int audited = audit.about(new AuditSubject("council", "details")).size();

        MockHttpServletResponse shown = page(form(wrong), "administrator", "ADMINISTRATOR");

        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString())
                .contains("<title>Error: Council details", "govuk-error-summary")
                .contains("href=\"#councilName\">Enter the council&#39;s name</a>")
                .contains("href=\"#igEmail\">Enter the information governance team&#39;s email address in the correct")
                .contains("value=\"01632 960 321\"", "govuk-input--error");
        assertThat(council.example()).isTrue();
        assertThat(audit.about(new AuditSubject("council", "details"))).hasSize(audited);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, String username, String role)
            throws Exception {
        return mvc.perform(request.with(user(username).roles(role))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder form(CouncilDetails details) {
        return post("/admin/council")
                .with(csrf())
                .param("councilName", details.councilName())
                .param("igEmail", details.igEmail())
                .param("igPhone", details.igPhone())
                .param("igAddress", details.igAddress())
                .param("leavingCareEmail", details.leavingCareEmail())
                .param("leavingCarePhone", details.leavingCarePhone())
                .param("signerName", details.signerName())
                .param("signerRole", details.signerRole());
    }
}
