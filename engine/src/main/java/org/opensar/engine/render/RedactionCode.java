package org.opensar.engine.render;

import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.policy.ReasonCode;

/**
 * The short code printed in a redaction box, what the key says it means, and the ground whose citation the redaction
 * log records. Another person's data of each kind has its own code and meaning; an exemption's meaning is the
 * council's wording ({@link ReasonWordings}), so it has none here.
 */
public enum RedactionCode {
    TP("Another person's name (a third party).", "third party's name"),
    TPC("Another person's phone number or email address.", "third party's contact details"),
    TPA("Where another person lives or stays.", "third party's address"),
    TPI(
            "A number that identifies another person, such as an NHS or National Insurance number.",
            "third party's identifying number"),
    TPD("Another person's date of birth.", "third party's date of birth"),
    TPF("Another person's bank or money details.", "third party's bank or money details"),
    TPS("Information about another person's health, history or circumstances.", "information about a third party"),
    FM(ReasonCode.FAMILY_MEMBER_WORDS, "what a member of your family wrote or said"),
    NP(ReasonCode.NON_PROFESSIONAL_WORDS, "what someone who is not a professional wrote"),
    SW(ReasonCode.SERIOUS_HARM_SOCIAL_WORK, "could cause serious harm"),
    HE(ReasonCode.SERIOUS_HARM_HEALTH, "health information that could cause serious harm"),
    CT(ReasonCode.COURT, "written for a court"),
    LP(ReasonCode.LEGAL_PRIVILEGE, "legal advice"),
    CR(ReasonCode.CRIME_AND_TAXATION, "about stopping or solving a crime"),
    RF(ReasonCode.CONFIDENTIAL_REFERENCE, "a confidential reference"),
    AH(ReasonCode.ALREADY_HELD, "something you already have");

    private final String meaning;
    private final String label;
    private final ReasonCode ground;

    RedactionCode(String meaning, String label) {
        this.meaning = meaning;
        this.label = label;
        this.ground = ReasonCode.THIRD_PARTY_DATA;
    }

    RedactionCode(ReasonCode ground, String label) {
        this.meaning = null;
        this.label = label;
        this.ground = ground;
    }

    /** Another person's data: what the key says a box of this code covers. */
    public boolean thirdParty() {
        return meaning != null;
    }

    /** What the key says a box of this code covers, in the council's {@code wordings} for an exemption. */
    public String meaning(ReasonWordings wordings) {
        return thirdParty() ? meaning : wordings.box(ground);
    }

    /** The reason whose legal citation the redaction log records for a box of this code. */
    ReasonCode ground() {
        return ground;
    }

    /** What a screen reader says for a box: "Redacted: third party's name (TP)". Never what the box covers. */
    public String spoken() {
        return "Redacted: " + label + " (" + name() + ")";
    }

    public static RedactionCode of(RedactionReason reason) {
        return switch (reason) {
            case THIRD_PARTY_NAME -> TP;
            case THIRD_PARTY_CONTACT_DETAILS -> TPC;
            case THIRD_PARTY_ADDRESS -> TPA;
            case THIRD_PARTY_IDENTIFIER -> TPI;
            case THIRD_PARTY_DATE_OF_BIRTH -> TPD;
            case THIRD_PARTY_FINANCIAL_DETAILS -> TPF;
            case THIRD_PARTY_SENSITIVE_INFORMATION -> TPS;
            case FAMILY_MEMBER_WORDS -> FM;
            case NON_PROFESSIONAL_WORDS -> NP;
            case SERIOUS_HARM_SOCIAL_WORK -> SW;
            case SERIOUS_HARM_HEALTH -> HE;
            case COURT -> CT;
            case LEGAL_PRIVILEGE -> LP;
            case CRIME_AND_TAXATION -> CR;
            case CONFIDENTIAL_REFERENCE -> RF;
            case ALREADY_HELD -> AH;
        };
    }
}
