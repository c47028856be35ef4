package org.opensar.server.identity;

import java.util.Objects;

/** A problem with the evidence, with a message the requester can understand. */
public record Finding(FindingCode code, String message) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
