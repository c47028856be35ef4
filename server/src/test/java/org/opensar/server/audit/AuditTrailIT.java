package org.opensar.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.staff.Role;
import tools.jackson.databind.JsonNode;

/** Every change to a request leaves an audit entry with who, when, what, before and after. */
class AuditTrailIT extends IntegrationTest {

    @Test
    void aRequestsChangesAreInTheAuditLogWithTheStateBeforeAndAfter() {
        String officer = staff(Role.IG_OFFICER);
        String reference = newRequest(aSubjectAccessRequest().json());
        call(
                "POST",
                "/api/requests/" + reference + "/actions",
                officer,
                Map.of("action", "WITHDRAW", "reason", "Asked by phone to stop", "on", "2026-09-04"));

        JsonNode entries = call("GET", "/api/audit/request/" + reference, staff(Role.AUDITOR), null)
                .json();

        assertThat(entries.size()).isEqualTo(2);
        JsonNode received = entries.get(0);
        assertThat(received.get("action").asString()).isEqualTo("REQUEST_RECEIVED");
        assertThat(received.get("actor").asString()).isEqualTo(officer);
        assertThat(received.has("before")).as("nothing before a new request").isFalse();
        JsonNode withdrawn = entries.get(1);
        assertThat(withdrawn.get("action").asString()).isEqualTo("REQUEST_WITHDRAW");
        assertThat(withdrawn.get("reason").asString()).isEqualTo("Asked by phone to stop");
        assertThat(JSON.readTree(withdrawn.get("before").asString())
                        .get("status")
                        .asString())
                .isEqualTo("RECEIVED");
        assertThat(JSON.readTree(withdrawn.get("after").asString())
                        .get("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("prevHash").asString())
                .isEqualTo(received.get("hash").asString());
        assertThat(call("GET", "/api/audit/verification", staff(Role.AUDITOR), null)
                        .json()
                        .get("problems")
                        .size())
                .isZero();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Response openapi = call("GET", "/api/openapi", null, null);

        assertThat(openapi.status()).isEqualTo(200);
        JsonNode paths = openapi.json().get("paths");
        assertThat(paths.has("/api/requests")).isTrue();
        assertThat(paths.has("/api/requests/{reference}/actions")).isTrue();
        assertThat(paths.has("/api/requests/{reference}/identity/evidence")).isTrue();
        assertThat(paths.has("/api/audit/verification")).isTrue();
    }
}
