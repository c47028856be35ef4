package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.staff.Role;
import tools.jackson.databind.JsonNode;

/** Evidence recorded through the API, judged by the council's rules, restarting the clock when it is enough. */
class IdentityEvidenceIT extends IntegrationTest {

    private String awaitingIdentity(Map<String, Object> request) {
        String officer = staff(Role.IG_OFFICER);
        String reference = newRequest(request);
        Response asked = call(
                "POST",
                "/api/requests/" + reference + "/actions",
                officer,
                Map.of("action", "REQUEST_IDENTITY", "on", "2026-09-04"));
        assertThat(asked.json().at("/request/status").asString()).isEqualTo("AWAITING_IDENTITY");
        return reference;
    }

    private JsonNode evidence(String reference, Map<String, Object> item) {
        Response response =
                call("POST", "/api/requests/" + reference + "/identity/evidence", staff(Role.IG_OFFICER), item);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aMobilePhoneBillIsRefusedInPlainEnglish() {
        String reference = awaitingIdentity(aSubjectAccessRequest().json());

        JsonNode file = evidence(
                reference,
                Map.of("type", "MOBILE_PHONE_BILL", "documentDate", "2026-08-01", "receivedOn", "2026-09-10"));

        assertThat(file.at("/assessment/findings").toString())
                .contains("Mobile phone bills are not accepted as proof of address.");
        assertThat(file.at("/assessment/stillNeeded").toString()).contains("PROOF_OF_IDENTITY", "PROOF_OF_ADDRESS");
    }

    @Test
    void enoughEvidenceMovesTheRequestOnAndRestartsTheMonthFromTheDayItArrived() {
        String reference = awaitingIdentity(aSubjectAccessRequest().json());

        evidence(reference, Map.of("type", "PASSPORT", "receivedOn", "2026-09-10", "expiresOn", "2031-01-01"));
        evidence(
                reference,
                Map.of(
                        "type",
                        "UTILITY_BILL",
                        "documentDate",
                        "2026-08-20",
                        "receivedOn",
                        "2026-09-11",
                        "showsCurrentAddress",
                        true));

        JsonNode request = call("GET", "/api/requests/" + reference, staff(Role.IG_OFFICER), null)
                .json();
        assertThat(request.at("/request/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(request.at("/request/identityReceivedOn").asString()).isEqualTo("2026-09-11");
        // a month from Fri 11 Sep is Sun 11 Oct: Mon 12 Oct
        assertThat(request.at("/clock/due").asString()).isEqualTo("2026-10-12");
        assertThat(request.at("/clock/explanation").toString()).contains("identity evidence received Fri 11 Sep 2026");
    }

    @Test
    void aCareLeaverKnownToTheirAdvisorIsVerifiedByAnOfficersRecordedDecision() {
        String reference = awaitingIdentity(aSubjectAccessRequest().json());

        Response decided = call(
                "POST",
                "/api/requests/" + reference + "/identity/decisions",
                staff(Role.IG_OFFICER),
                Map.of(
                        "kind",
                        "IDENTITY",
                        "reason",
                        "Known to her personal advisor since 2019",
                        "decidedOn",
                        "2026-09-08"));

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode request = call("GET", "/api/requests/" + reference, staff(Role.IG_OFFICER), null)
                .json();
        assertThat(request.at("/request/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(request.at("/request/identityReceivedOn").asString()).isEqualTo("2026-09-08");
    }

    @Test
    void actingForSomeoneElseNeedsTheirConsentAsWell() {
        String reference = awaitingIdentity(aSubjectAccessRequest()
                .actingFor("Mia Ellis", LocalDate.of(1990, 5, 1))
                .json());

        evidence(reference, Map.of("type", "PASSPORT", "receivedOn", "2026-09-10", "expiresOn", "2031-01-01"));
        JsonNode file = evidence(
                reference,
                Map.of(
                        "type",
                        "BANK_STATEMENT",
                        "documentDate",
                        "2026-09-01",
                        "receivedOn",
                        "2026-09-10",
                        "showsCurrentAddress",
                        true));

        assertThat(file.at("/assessment/stillNeeded").toString()).contains("AUTHORITY_TO_ACT");
        JsonNode consented = evidence(reference, Map.of("type", "SIGNED_CONSENT", "receivedOn", "2026-09-15"));
        assertThat(consented.at("/assessment/stillNeeded").size()).isZero();
        JsonNode request = call("GET", "/api/requests/" + reference, staff(Role.IG_OFFICER), null)
                .json();
        assertThat(request.at("/request/authorityReceivedOn").asString()).isEqualTo("2026-09-15");
        assertThat(request.at("/clock/due").asString()).isEqualTo("2026-10-15");
    }

    @Test
    void evidenceDatedBeforeTheRequestIsRefused() {
        String reference = awaitingIdentity(aSubjectAccessRequest().json());

        Response response = call(
                "POST",
                "/api/requests/" + reference + "/identity/evidence",
                staff(Role.IG_OFFICER),
                Map.of("type", "PASSPORT", "receivedOn", "2026-08-01", "expiresOn", "2031-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("between the request");
    }
}
