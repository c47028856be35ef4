package org.opensar.engine.detect;

import java.util.List;
import java.util.Locale;

/**
 * Why a passage is redacted, in a closed list the disclosure bundle explains in plain English: another person's data
 * of each kind (proposed by detection), and the exemptions an officer applies to a passage they select (their wording
 * and citation are the council's, as for a withheld document's).
 */
public enum RedactionReason {
    THIRD_PARTY_NAME("This is the name of another person (a third party). Who they are is their personal data, "
            + "not yours, so we have removed it."),
    THIRD_PARTY_CONTACT_DETAILS(
            "This is a phone number or email address of another person. It is their personal " + "data, not yours."),
    THIRD_PARTY_ADDRESS("This is where another person lives or stays. It is their personal data, not yours."),
    THIRD_PARTY_IDENTIFIER("This is a number that identifies another person (such as an NHS, National Insurance "
            + "or vehicle number). It is their personal data, not yours."),
    THIRD_PARTY_DATE_OF_BIRTH("This is another person's date of birth. It is their personal data, not yours."),
    THIRD_PARTY_FINANCIAL_DETAILS(
            "These are another person's bank details. They are their personal data, not " + "yours."),
    THIRD_PARTY_SENSITIVE_INFORMATION("This sentence is about another person's health, history or circumstances. "
            + "Even where their name stays, this is their information, so an officer checks it before release."),
    FAMILY_MEMBER_WORDS("A member of your family wrote or said this. It is about them as well as you."),
    NON_PROFESSIONAL_WORDS("Someone who is not a professional wrote or said this. It is about them as well as you."),
    SERIOUS_HARM_SOCIAL_WORK("A social worker thinks reading this could cause serious harm to you or someone else."),
    SERIOUS_HARM_HEALTH("A health professional thinks reading this could cause serious harm to you or someone else."),
    COURT("This was written for a court. You can ask the court for it."),
    LEGAL_PRIVILEGE("This is legal advice to the council, which the law lets us keep private."),
    CRIME_AND_TAXATION("Sharing this now could get in the way of stopping or solving a crime."),
    CONFIDENTIAL_REFERENCE("This is part of a reference written about you in confidence."),
    ALREADY_HELD("You already have this information.");

    private final String plainEnglish;

    RedactionReason(String plainEnglish) {
        this.plainEnglish = plainEnglish;
    }

    /** The sentence the requester reads beside the redaction. */
    public String plainEnglish() {
        return plainEnglish;
    }

    /** As staff read it in the workbench: "legal privilege", "family member words". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** True for serious harm, applied only with the appropriate professional's opinion, recorded with it. */
    public boolean needsProfessionalOpinion() {
        return this == SERIOUS_HARM_SOCIAL_WORK || this == SERIOUS_HARM_HEALTH;
    }

    /** The exemptions an officer may apply to a passage they select, besides another person's data of its type. */
    public static List<RedactionReason> exemptions() {
        return EXEMPTIONS;
    }

    /** True for an exemption an officer applies, false for another person's data of one type. */
    public boolean exemption() {
        return EXEMPTIONS.contains(this);
    }

    private static final List<RedactionReason> EXEMPTIONS = List.of(
            FAMILY_MEMBER_WORDS,
            NON_PROFESSIONAL_WORDS,
            SERIOUS_HARM_SOCIAL_WORK,
            SERIOUS_HARM_HEALTH,
            COURT,
            LEGAL_PRIVILEGE,
            CRIME_AND_TAXATION,
            CONFIDENTIAL_REFERENCE,
            ALREADY_HELD);

    /** The reason for redacting a third party's data of this type. */
    public static RedactionReason forType(PersonalDataType type) {
        return switch (type) {
            case PERSON -> THIRD_PARTY_NAME;
            case PHONE, EMAIL -> THIRD_PARTY_CONTACT_DETAILS;
            case ADDRESS, POSTCODE -> THIRD_PARTY_ADDRESS;
            case NHS_NUMBER, NI_NUMBER, VEHICLE_REGISTRATION -> THIRD_PARTY_IDENTIFIER;
            case DATE_OF_BIRTH -> THIRD_PARTY_DATE_OF_BIRTH;
            case BANK_DETAILS -> THIRD_PARTY_FINANCIAL_DETAILS;
            case SENSITIVE_SENTENCE -> THIRD_PARTY_SENSITIVE_INFORMATION;
        };
    }
}
