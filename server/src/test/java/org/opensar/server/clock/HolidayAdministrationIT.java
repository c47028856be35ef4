package org.opensar.server.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.staff.Role;

/** An administrator proclaims a one-off holiday: open requests due that day move to the next working day. */
class HolidayAdministrationIT extends IntegrationTest {

    @Test
    void aNewHolidayMovesTheDueDateOfOpenRequests() {
        // received Fri 2 Oct 2026: due Mon 2 Nov 2026
        String reference = newRequest(
                aSubjectAccessRequest().receivedOn(LocalDate.of(2026, 10, 2)).json());
        assertThat(due(reference)).isEqualTo("2026-11-02");

        Response added = call(
                "POST",
                "/api/holidays/adjustments",
                staff(Role.ADMINISTRATOR),
                Map.of("nation", "england-and-wales", "day", "2026-11-02", "added", true, "name", "State funeral"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        assertThat(due(reference)).isEqualTo("2026-11-03");
        assertThat(call("GET", "/api/requests", staff(Role.IG_OFFICER), null).body())
                .contains("\"reference\":\"" + reference + "\"");
        assertThat(call("GET", "/api/requests/" + reference + "/clock", staff(Role.IG_OFFICER), null)
                        .body())
                .contains("State funeral");

        Response undone = call(
                "DELETE", "/api/holidays/adjustments/england-and-wales/2026-11-02", staff(Role.ADMINISTRATOR), null);
        assertThat(undone.status()).isEqualTo(204);
        assertThat(due(reference)).isEqualTo("2026-11-02");
    }

    @Test
    void anUnknownNationIsAClearError() {
        Response response = call("GET", "/api/holidays?nation=wessex", staff(Role.ADMINISTRATOR), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("wessex");
    }

    private String due(String reference) {
        return call("GET", "/api/requests/" + reference, staff(Role.IG_OFFICER), null)
                .json()
                .at("/clock/due")
                .asString();
    }
}
