package org.opensar.engine.register;

/** Where a person of the register comes from. */
public enum RegisterSource {
    /** case.json's people: taken as confirmed. */
    CASE_JSON("case file's list of people"),
    /** A name the requester gave on the form. */
    REQUEST("named by the requester"),
    /** The council's staff directory (a CSV import) or a staff account. */
    STAFF_DIRECTORY("council staff directory"),
    /** Found by the engine in the documents. */
    DOCUMENTS("found in the documents"),
    /** Added or changed by an officer. */
    OFFICER("officer");

    private final String label;

    RegisterSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
