package org.opensar.engine.pack;

import java.time.Instant;
import java.util.List;

/**
 * delivery.json: the package (its format, file and SHA-256), how it goes to the requester and how its password will be
 * released, kept by the council.
 * It holds the password's salted hash, never the password; {@code requesterEmail} is the only address the password
 * may be emailed to, and {@code passwordReleases} the record of each time it was given ({@link PasswordRelease}).
 */
record DeliveryRecord(
        String reference,
        Instant packagedAt,
        DeliveryFormat format,
        String packageFile,
        String packageSha256,
        String encryption,
        DeliveryPassword.Hash passwordHash,
        boolean passwordReleased,
        List<String> passwordRelease,
        String requesterEmail,
        List<PasswordRelease.Release> passwordReleases,
        Postal postal) {

    static final List<String> RELEASE_ROUTES = List.of(
            "by phone to the requester, after checking who is speaking",
            "by email on request, to the same email address the package was sent to, in a separate email");

    /** The exceptional postal route: only with a recorded delivery reference. */
    record Postal(boolean exceptional, String recordedDeliveryReference, String coverSheet) {}
}
