package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds synthetic identity checks: by default the data subject asking, received on 20 Aug 2026. */
final class IdentityCheckBuilder {

    private RequesterRole role = RequesterRole.DATA_SUBJECT;
    private LocalDate dataSubjectDateOfBirth = LocalDate.of(1990, 5, 17);
    private LocalDate requestReceivedOn = EvidenceItemBuilder.RECEIVED;
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private OfficerAcceptance identityDecision;
    private OfficerAcceptance authorityDecision;

    private IdentityCheckBuilder() {}

    static IdentityCheckBuilder aRequestFromTheDataSubject() {
        return new IdentityCheckBuilder();
    }

    static IdentityCheckBuilder aRequestActingFor(LocalDate dataSubjectDateOfBirth) {
        IdentityCheckBuilder builder = new IdentityCheckBuilder();
        builder.role = RequesterRole.ACTING_FOR_DATA_SUBJECT;
        builder.dataSubjectDateOfBirth = dataSubjectDateOfBirth;
        return builder;
    }

    IdentityCheckBuilder receivedOn(LocalDate date) {
        requestReceivedOn = date;
        return this;
    }

    IdentityCheckBuilder with(EvidenceItemBuilder... items) {
        for (EvidenceItemBuilder item : items) {
            evidence.add(item.build());
        }
        return this;
    }

    IdentityCheckBuilder withPassportAndGasBill() {
        return with(
                EvidenceItemBuilder.anItem(EvidenceType.PASSPORT),
                EvidenceItemBuilder.anItem(EvidenceType.UTILITY_BILL));
    }

    IdentityCheckBuilder identityDecidedOn(LocalDate date) {
        identityDecision = new OfficerAcceptance("A. Officer", "Known to their personal advisor", date);
        return this;
    }

    IdentityCheckBuilder authorityDecidedOn(LocalDate date) {
        authorityDecision = new OfficerAcceptance("A. Officer", "Deputy known from a previous case", date);
        return this;
    }

    IdentityCheck build() {
        return new IdentityCheck(
                role,
                dataSubjectDateOfBirth,
                requestReceivedOn,
                evidence,
                Optional.ofNullable(identityDecision),
                Optional.ofNullable(authorityDecision));
    }

    IdentityAssessment assess() {
        return IdentityRules.assess(build());
    }
}
