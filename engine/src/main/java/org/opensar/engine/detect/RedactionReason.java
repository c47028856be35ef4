package org.opensar.engine.detect;

/** Why a redaction is proposed, in a closed list the disclosure bundle explains in plain English. */
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
            + "Even where their name stays, this is their information, so an officer checks it before release.");

    private final String plainEnglish;

    RedactionReason(String plainEnglish) {
        this.plainEnglish = plainEnglish;
    }

    /** The sentence the requester reads beside the redaction. */
    public String plainEnglish() {
        return plainEnglish;
    }

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
