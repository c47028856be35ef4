package org.opensar.engine.detect;

/** Why something found in the text stays in the disclosure. */
public enum KeepReason {
    DATA_SUBJECT("This is your own name."),
    DATA_SUBJECT_DETAILS("These are your own details."),
    COUNCIL_STAFF_IN_ROLE("Council staff acting in their job are normally named."),
    PROFESSIONAL_IN_ROLE("Professionals acting in their job are normally named."),
    KNOWN_TO_REQUESTER("You gave us this name on your request, so it stays (their other details do not)."),
    RELATIONSHIP_WORD("Words such as 'Mum' or 'sister' say how someone is related to you without naming them.");

    private final String plainEnglish;

    KeepReason(String plainEnglish) {
        this.plainEnglish = plainEnglish;
    }

    public String plainEnglish() {
        return plainEnglish;
    }
}
