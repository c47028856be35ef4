package org.opensar.engine.render;

import org.opensar.engine.detect.RedactionReason;

/** The short code printed in a redaction box, and what the key says it means. */
public enum RedactionCode {
    TP("Another person's name (a third party).", "third party's name"),
    TPC("Another person's phone number or email address.", "third party's contact details"),
    TPA("Where another person lives or stays.", "third party's address"),
    TPI(
            "A number that identifies another person, such as an NHS or National Insurance number.",
            "third party's identifying number"),
    TPD("Another person's date of birth.", "third party's date of birth"),
    TPF("Another person's bank or money details.", "third party's bank or money details"),
    TPS("Information about another person's health, history or circumstances.", "information about a third party");

    private final String meaning;
    private final String label;

    RedactionCode(String meaning, String label) {
        this.meaning = meaning;
        this.label = label;
    }

    public String meaning() {
        return meaning;
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
        };
    }
}
