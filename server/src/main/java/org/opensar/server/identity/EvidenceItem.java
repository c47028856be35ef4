package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document the council received.
 *
 * @param type what the document is
 * @param documentDate the date on the document; null where it is not dated. Required for bills and
 *     statements. For a council tax statement or payment book, any date in the council tax year it is
 *     for (the annual bill is often dated in March for the year that starts on 1 April).
 * @param receivedOn the day the council received it
 * @param expiresOn its expiry date; required for a passport or driving licence, otherwise null
 * @param showsCurrentAddress whether it shows the requester's present address (matters for list 2)
 * @param description what the officer recorded about it; required for {@link EvidenceType#OTHER}
 */
public record EvidenceItem(
        EvidenceType type,
        LocalDate documentDate,
        LocalDate receivedOn,
        LocalDate expiresOn,
        boolean showsCurrentAddress,
        String description) {

    public EvidenceItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (type.freshness().needsDocumentDate() && documentDate == null) {
            throw new IllegalArgumentException("a " + type.noun() + " needs the date on the document");
        }
        if (type.freshness().needsExpiryDate() && expiresOn == null) {
            throw new IllegalArgumentException("a " + type.noun() + " needs its expiry date");
        }
        description = description == null ? "" : description.strip();
        if (type == EvidenceType.OTHER && description.isEmpty()) {
            throw new IllegalArgumentException("other evidence needs a description of what it is");
        }
    }
}
