package org.opensar.server.identity;

import static org.opensar.server.identity.EvidenceKind.AUTHORITY_TO_ACT;
import static org.opensar.server.identity.EvidenceKind.IDENTITY;
import static org.opensar.server.identity.EvidenceKind.NOT_ACCEPTED;
import static org.opensar.server.identity.EvidenceKind.PARENTAL_RESPONSIBILITY;
import static org.opensar.server.identity.EvidenceKind.RESIDENCE;
import static org.opensar.server.identity.Freshness.CURRENT_COUNCIL_TAX_YEAR;
import static org.opensar.server.identity.Freshness.NONE;
import static org.opensar.server.identity.Freshness.NOT_EXPIRED;
import static org.opensar.server.identity.Freshness.WITHIN_SIX_MONTHS_OF_RECEIPT;

/** A kind of document a requester may send, as the council's published lists name it. */
public enum EvidenceType {
    PASSPORT(IDENTITY, "Current signed passport", "passport", NOT_EXPIRED),
    FULL_DRIVING_LICENCE(IDENTITY, "Current full driving licence (paper or photocard)", "driving licence", NOT_EXPIRED),
    BIRTH_CERTIFICATE(IDENTITY, "Birth certificate", "birth certificate", NONE),
    ADOPTION_CERTIFICATE(IDENTITY, "Adoption certificate", "adoption certificate", NONE),
    MARRIAGE_CERTIFICATE(IDENTITY, "Marriage certificate", "marriage certificate", NONE),

    UTILITY_BILL(
            RESIDENCE,
            "Gas, electricity or water bill dated within the last 6 months",
            "gas, electricity or water bill",
            WITHIN_SIX_MONTHS_OF_RECEIPT),
    FIXED_LINE_TELEPHONE_BILL(
            RESIDENCE,
            "BT or cable fixed-line telephone bill dated within the last 6 months",
            "telephone bill",
            WITHIN_SIX_MONTHS_OF_RECEIPT),
    COUNCIL_TAX_STATEMENT(
            RESIDENCE,
            "Council tax statement or payment book for the current year",
            "council tax statement",
            CURRENT_COUNCIL_TAX_YEAR),
    BANK_STATEMENT(
            RESIDENCE,
            "Current bank or building society statement dated within the last 6 months",
            "bank statement",
            WITHIN_SIX_MONTHS_OF_RECEIPT),

    PROVISIONAL_DRIVING_LICENCE(NOT_ACCEPTED, "Provisional driving licence", "provisional driving licence", NONE),
    MOBILE_PHONE_BILL(NOT_ACCEPTED, "Mobile phone bill", "mobile phone bill", NONE),

    CHILD_FULL_BIRTH_CERTIFICATE(
            PARENTAL_RESPONSIBILITY, "The child's full birth certificate", "child's full birth certificate", NONE),
    OTHER_PARENTAL_RESPONSIBILITY_EVIDENCE(
            PARENTAL_RESPONSIBILITY,
            "Other evidence of parental responsibility, such as a court order",
            "evidence of parental responsibility",
            NONE),

    SIGNED_CONSENT(
            AUTHORITY_TO_ACT, "The written, signed consent of the person the request is about", "signed consent", NONE),
    LASTING_POWER_OF_ATTORNEY(AUTHORITY_TO_ACT, "Lasting power of attorney", "lasting power of attorney", NONE),
    DEPUTYSHIP_ORDER(AUTHORITY_TO_ACT, "Court of Protection deputyship order", "deputyship order", NONE),

    OTHER(EvidenceKind.OTHER, "Other evidence, accepted only by an officer's decision", "document", NONE);

    private final EvidenceKind kind;
    private final String label;
    private final String noun;
    private final Freshness freshness;

    EvidenceType(EvidenceKind kind, String label, String noun, Freshness freshness) {
        this.kind = kind;
        this.label = label;
        this.noun = noun;
        this.freshness = freshness;
    }

    /** The list this type belongs to. */
    public EvidenceKind kind() {
        return kind;
    }

    /** Plain-English name, as shown in a list of what the council accepts. */
    public String label() {
        return label;
    }

    /** Short name used inside a sentence, as in "The passport expired on ...". */
    public String noun() {
        return noun;
    }

    /** How recent the document must be. */
    public Freshness freshness() {
        return freshness;
    }
}
