package org.opensar.engine.clock;

/** Which access-to-information law a non-personal request falls under: both give 20 working days. */
public enum InformationRegime {
    /** Freedom of Information Act 2000: public interest extension, 20 further working days. */
    FOI("FOI", "public interest extension: 20 further working days, 40 in all"),
    /** Environmental Information Regulations 2004: complex and voluminous, 40 working days in all. */
    EIR("EIR", "extended as complex and voluminous: 40 working days in all");

    static final int WORKING_DAYS = 20;
    static final int EXTENDED_WORKING_DAYS = 40;

    private final String label;
    private final String extensionInWords;

    InformationRegime(String label, String extensionInWords) {
        this.label = label;
        this.extensionInWords = extensionInWords;
    }

    String label() {
        return label;
    }

    String extensionInWords() {
        return extensionInWords;
    }
}
