package org.opensar.server.bench;

import java.time.LocalDate;
import java.util.List;
import org.opensar.server.casework.Channel;
import org.opensar.server.casework.Delivery;
import org.opensar.server.casework.NewRequest;
import org.opensar.server.casework.RequestType;

/** Requests the harnesses seed: received by email, asking for "My file", delivered electronically. */
final class BenchRequests {

    private BenchRequests() {}

    static NewRequest byEmail(RequestType type, LocalDate received, String requester, String email) {
        return new NewRequest(
                type,
                Channel.EMAIL,
                received,
                requester,
                email,
                null,
                null,
                false,
                null,
                null,
                List.of(),
                List.of(),
                "My file",
                null,
                List.of(),
                Delivery.ELECTRONIC,
                null,
                null);
    }
}
