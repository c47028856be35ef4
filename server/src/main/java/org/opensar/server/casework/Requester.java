package org.opensar.server.casework;

import java.util.Objects;

/** The person who made the request, and how to reach them. */
public record Requester(String name, String email, String phone, String address) {

    public Requester {
        Objects.requireNonNull(name, "requester name");
    }
}
