package org.opensar.server.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.staff.Role;
import tools.jackson.databind.JsonNode;

/** The life of a request through the JSON API, against real PostgreSQL. */
class RequestLifecycleIT extends IntegrationTest {

    private JsonNode act(String reference, Role role, String action, String reason, String on) {
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("action", action);
        if (reason != null) {
            input.put("reason", reason);
        }
        if (on != null) {
            input.put("on", on);
        }
        Response response = call("POST", "/api/requests/" + reference + "/actions", staff(role), input);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aSubjectAccessRequestIsDueAMonthLaterOnTheNextWorkingDayWithItsExplanation() {
        Response created = call(
                "POST",
                "/api/requests",
                staff(Role.IG_OFFICER),
                aSubjectAccessRequest().json());

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.at("/request/reference").asString()).matches("SAR-\\d{4}-\\d{6}");
        assertThat(body.at("/request/status").asString()).isEqualTo("RECEIVED");
        assertThat(body.at("/clock/due").asString()).isEqualTo("2026-10-05");
        assertThat(body.at("/clock/explanation").toString())
                .contains("received Thu 3 Sep 2026")
                .contains("a month later is Sat 3 Oct 2026")
                .contains("next working day Mon 5 Oct 2026");
    }

    @Test
    void theWholeLifeFromReceiptToResponseIsOnTheTimelineWithWhoWhenAndWhy() {
        String reference = newRequest(aSubjectAccessRequest().json());

        act(reference, Role.IG_OFFICER, "REQUEST_CLARIFICATION", "Which years do you want?", "2026-09-07");
        JsonNode answered =
                act(reference, Role.IG_OFFICER, "RECORD_CLARIFICATION_ANSWER", "2004 to 2010", "2026-09-09");
        // 3 days stopped (7, 8, 9 Sep) added to Sat 3 Oct: Tue 6 Oct
        assertThat(answered.at("/clock/due").asString()).isEqualTo("2026-10-06");
        assertThat(answered.at("/request/status").asString()).isEqualTo("RECEIVED");

        act(reference, Role.IG_OFFICER, "START_WORK", null, "2026-09-10");
        JsonNode extended = act(reference, Role.IG_MANAGER, "NOTIFY_EXTENSION", "Complex: 3,000 pages", "2026-09-20");
        assertThat(extended.at("/request/extended").asBoolean()).isTrue();
        assertThat(extended.at("/clock/due").asString()).isEqualTo("2026-12-07");
        act(reference, Role.IG_OFFICER, "SEND_FOR_QA", null, "2026-11-01");
        act(reference, Role.IG_MANAGER, "RETURN_FROM_QA", "Redact the neighbour's name on page 4", "2026-11-02");
        act(reference, Role.IG_OFFICER, "SEND_FOR_QA", null, "2026-11-03");
        JsonNode responded = act(reference, Role.IG_MANAGER, "APPROVE_AND_RESPOND", null, "2026-11-04");
        assertThat(responded.at("/request/status").asString()).isEqualTo("RESPONDED");
        assertThat(responded.at("/request/respondedOn").asString()).isEqualTo("2026-11-04");
        assertThat(responded.at("/availableActions").size()).isZero();

        JsonNode timeline = call("GET", "/api/requests/" + reference + "/events", staff(Role.AUDITOR), null)
                .json();
        List<String> types = new ArrayList<>();
        timeline.forEach(e -> types.add(e.get("type").asString()));
        assertThat(types)
                .containsExactly(
                        "RECEIVED",
                        "REQUEST_CLARIFICATION",
                        "RECORD_CLARIFICATION_ANSWER",
                        "START_WORK",
                        "NOTIFY_EXTENSION",
                        "SEND_FOR_QA",
                        "RETURN_FROM_QA",
                        "SEND_FOR_QA",
                        "APPROVE_AND_RESPOND");
        JsonNode extension = timeline.get(4);
        assertThat(extension.get("actor").asString()).isEqualTo("ig-manager");
        assertThat(extension.get("reason").asString()).isEqualTo("Complex: 3,000 pages");
        assertThat(extension.get("occurredAt").asString()).isNotBlank();
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearMessage() {
        String reference = newRequest(aSubjectAccessRequest().json());

        Response qaTooEarly = call(
                "POST",
                "/api/requests/" + reference + "/actions",
                staff(Role.IG_OFFICER),
                Map.of("action", "SEND_FOR_QA"));
        assertThat(qaTooEarly.status()).isEqualTo(409);
        assertThat(qaTooEarly.contentType()).startsWith("application/problem+json");
        assertThat(qaTooEarly.json().get("detail").asString())
                .isEqualTo("'Send for quality check' is not possible while the request is received.");

        act(reference, Role.IG_OFFICER, "WITHDRAW", "The requester no longer wants it", "2026-09-05");
        Response afterClose = call(
                "POST",
                "/api/requests/" + reference + "/actions",
                staff(Role.IG_OFFICER),
                Map.of("action", "START_WORK"));
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.json().get("detail").asString()).contains("closed (withdrawn)");
    }

    @Test
    void refusalNeedsAManagerAndAReason() {
        String reference = newRequest(aSubjectAccessRequest().json());

        Response byOfficer = call(
                "POST",
                "/api/requests/" + reference + "/actions",
                staff(Role.IG_OFFICER),
                Map.of("action", "REFUSE", "reason", "Manifestly excessive: the tenth identical request this month"));
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(byOfficer.json().get("detail").asString()).contains("needs an Information Governance manager");

        Response withoutReason = call(
                "POST", "/api/requests/" + reference + "/actions", staff(Role.IG_MANAGER), Map.of("action", "REFUSE"));
        assertThat(withoutReason.status()).isEqualTo(409);
        assertThat(withoutReason.json().get("detail").asString()).contains("needs a reason");

        JsonNode refused = act(
                reference,
                Role.IG_MANAGER,
                "REFUSE",
                "Manifestly excessive: the tenth identical request this month",
                "2026-09-10");
        assertThat(refused.at("/request/status").asString()).isEqualTo("REFUSED");
    }

    @Test
    void anExtensionMustBeNotifiedBeforeTheFirstMonthEnds() {
        String reference = newRequest(aSubjectAccessRequest().json());

        Response late = call(
                "POST",
                "/api/requests/" + reference + "/actions",
                staff(Role.IG_MANAGER),
                Map.of("action", "NOTIFY_EXTENSION", "reason", "Complex", "on", "2026-10-06"));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString())
                .contains("Too late to extend")
                .contains("2026-10-05");
    }

    @Test
    void aFeeReceivedStartsTheMonthAgain() {
        String reference = newRequest(aSubjectAccessRequest().json());

        JsonNode paid = act(reference, Role.IG_OFFICER, "RECORD_FEE_RECEIVED", null, "2026-09-10");

        assertThat(paid.at("/request/feeReceivedOn").asString()).isEqualTo("2026-09-10");
        assertThat(paid.at("/clock/due").asString()).isEqualTo("2026-10-12");
        assertThat(paid.at("/availableActions").toString()).doesNotContain("RECORD_FEE_RECEIVED");
    }

    @Test
    void anOpenClarificationStopsTheClock() {
        String reference = newRequest(aSubjectAccessRequest().json());

        JsonNode stopped = act(reference, Role.IG_OFFICER, "REQUEST_CLARIFICATION", "Which records?", "2026-09-07");

        assertThat(stopped.at("/clock/due").isMissingNode()
                        || stopped.at("/clock/due").isNull())
                .isTrue();
        assertThat(stopped.at("/clock/stoppedSince").asString()).isEqualTo("2026-09-07");
    }

    @Test
    void invalidInputGetsFieldLevelProblems() {
        Response response = call(
                "POST",
                "/api/requests",
                staff(Role.IG_OFFICER),
                aSubjectAccessRequest()
                        .without("requesterName")
                        .receivedOn(LocalDate.now().plusDays(3))
                        .json());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("requesterName", "receivedOn");
    }

    @Test
    void actingForSomeoneElseNeedsTheirName() {
        Map<String, Object> request =
                new java.util.HashMap<>(aSubjectAccessRequest().json());
        request.put("actingForSubject", true);

        Response response = call("POST", "/api/requests", staff(Role.IG_OFFICER), request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").toString()).contains("give the name of the person you act for");
    }

    @Test
    void aBreachReportIsDue72HoursAfterTheCouncilBecameAware() {
        Response created = call(
                "POST",
                "/api/requests",
                staff(Role.IG_OFFICER),
                NewRequestBuilder.a(RequestType.BREACH_REPORT)
                        .awareAt(Instant.parse("2026-10-23T09:30:00Z"))
                        .json());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/clock/dueAt").asString()).startsWith("2026-10-26T09:30");
    }

    @Test
    void aPersonalCctvRequestShowsWhenTheFootageIsLost() {
        JsonNode created = call(
                        "POST",
                        "/api/requests",
                        staff(Role.IG_OFFICER),
                        NewRequestBuilder.a(RequestType.PERSONAL_CCTV_SAR)
                                .footageRecordedOn(LocalDate.of(2026, 9, 1))
                                .json())
                .json();

        assertThat(created.at("/clock/footageOverwrittenOn").asString()).isEqualTo("2026-10-01");
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        Response response = call("GET", "/api/requests/SAR-2026-999999", staff(Role.IG_OFFICER), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("There is no request SAR-2026-999999.");
    }
}
