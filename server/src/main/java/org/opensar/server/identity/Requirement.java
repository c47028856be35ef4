package org.opensar.server.identity;

import java.util.Arrays;
import java.util.List;

/** Something the requester may still need to send, in the order the council asks for it. */
public enum Requirement {
    PROOF_OF_IDENTITY(
            "One document from list 1 (proof of identity)",
            EvidenceKind.IDENTITY,
            FindingCode.PROOF_OF_IDENTITY_MISSING,
            "We need one document from list 1 (proof of identity), for example a passport."),
    PROOF_OF_ADDRESS(
            "One document from list 2 (proof of address) showing your current address",
            EvidenceKind.RESIDENCE,
            FindingCode.PROOF_OF_ADDRESS_MISSING,
            "We need one document from list 2 (proof of address) dated within the last 6 months."),
    DATA_SUBJECT_DATE_OF_BIRTH(
            "The date of birth of the person you are asking about",
            null,
            FindingCode.DATA_SUBJECT_DATE_OF_BIRTH_MISSING,
            "Please tell us the date of birth of the person you are asking about, so we know whether we"
                    + " need evidence of parental responsibility."),
    PARENTAL_RESPONSIBILITY(
            "Evidence of parental responsibility for the child",
            EvidenceKind.PARENTAL_RESPONSIBILITY,
            FindingCode.PARENTAL_RESPONSIBILITY_MISSING,
            "A request about a child under 13 needs the child's full birth certificate or other evidence"
                    + " of parental responsibility."),
    AUTHORITY_TO_ACT(
            "Evidence that you may act for the person you are asking about",
            EvidenceKind.AUTHORITY_TO_ACT,
            FindingCode.AUTHORITY_TO_ACT_MISSING,
            "Acting for someone else needs their written, signed consent or evidence of authority such as"
                    + " a lasting power of attorney.");

    private final String label;
    private final EvidenceKind satisfiedBy;
    private final FindingCode missingCode;
    private final String missingMessage;

    Requirement(String label, EvidenceKind satisfiedBy, FindingCode missingCode, String missingMessage) {
        this.label = label;
        this.satisfiedBy = satisfiedBy;
        this.missingCode = missingCode;
        this.missingMessage = missingMessage;
    }

    /** Plain-English line for the requester's list of what to send. */
    public String label() {
        return label;
    }

    /** The documents that would meet this requirement, to list under its label; empty for a fact. */
    public List<EvidenceType> acceptedEvidence() {
        return Arrays.stream(EvidenceType.values())
                .filter(type -> type.kind() == satisfiedBy)
                .toList();
    }

    /** The finding that says this requirement is not met. */
    public Finding missing() {
        return new Finding(missingCode, missingMessage);
    }
}
