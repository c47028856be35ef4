package org.opensar.engine.render;

import org.opensar.engine.detect.ReasonCode;

/** The short code printed in a redaction box, and what the key says it means. */
public enum RedactionCode {
    TP("Another person's name (a third party)."),
    TPC("Another person's phone number or email address."),
    TPA("Where another person lives or stays."),
    TPI("A number that identifies another person, such as an NHS or National Insurance number."),
    TPD("Another person's date of birth."),
    TPF("Another person's bank or money details."),
    TPS("Information about another person's health, history or circumstances.");

    private final String meaning;

    RedactionCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static RedactionCode of(ReasonCode reason) {
        return switch (reason) {
            case THIRD_PARTY_NAME -> TP;
            case THIRD_PARTY_CONTACT_DETAILS -> TPC;
            case THIRD_PARTY_ADDRESS -> TPA;
            case THIRD_PARTY_IDENTIFIER -> TPI;
            case THIRD_PARTY_DATE_OF_BIRTH -> TPD;
            case THIRD_PARTY_FINANCIAL_DETAILS -> TPF;
            case THIRD_PARTY_SENSITIVE_INFORMATION -> TPS;
        };
    }
}
