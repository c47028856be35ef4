package org.opensar.server.identity;

import java.time.LocalDate;

/** Builds synthetic evidence items: by default received on 20 Aug 2026, in date and at the current address. */
final class EvidenceItemBuilder {

    static final LocalDate RECEIVED = LocalDate.of(2026, 8, 20);

    private final EvidenceType type;
    private LocalDate receivedOn = RECEIVED;
    private LocalDate documentDate;
    private LocalDate expiresOn;
    private boolean showsCurrentAddress = true;
    private String description = "";

    private EvidenceItemBuilder(EvidenceType type) {
        this.type = type;
    }

    static EvidenceItemBuilder anItem(EvidenceType type) {
        return new EvidenceItemBuilder(type);
    }

    EvidenceItemBuilder receivedOn(LocalDate date) {
        receivedOn = date;
        return this;
    }

    EvidenceItemBuilder dated(LocalDate date) {
        documentDate = date;
        return this;
    }

    EvidenceItemBuilder expiresOn(LocalDate date) {
        expiresOn = date;
        return this;
    }

    EvidenceItemBuilder withoutCurrentAddress() {
        showsCurrentAddress = false;
        return this;
    }

    EvidenceItemBuilder described(String text) {
        description = text;
        return this;
    }

    EvidenceItem build() {
        Freshness freshness = type.freshness();
        LocalDate dated =
                documentDate == null && freshness.needsDocumentDate() ? receivedOn.minusDays(10) : documentDate;
        LocalDate expires = expiresOn == null && freshness.needsExpiryDate() ? receivedOn.plusYears(5) : expiresOn;
        String text = description.isEmpty() && type == EvidenceType.OTHER ? "library card" : description;
        return new EvidenceItem(type, dated, receivedOn, expires, showsCurrentAddress, text);
    }
}
