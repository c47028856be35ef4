package org.opensar.server.identity;

/** Which of the council's lists a kind of evidence belongs to, and so what it can prove. */
public enum EvidenceKind {
    /** List 1: proves who the requester is. */
    IDENTITY("List 1: proof of identity"),
    /** List 2: proves where the requester lives now. */
    RESIDENCE("List 2: proof of address"),
    /** Evidence the council has said it never accepts. */
    NOT_ACCEPTED("Not accepted"),
    /** Shows that the requester has parental responsibility for a child. */
    PARENTAL_RESPONSIBILITY("Evidence of parental responsibility"),
    /** Shows that the requester may act for the data subject. */
    AUTHORITY_TO_ACT("Evidence of authority to act"),
    /** Not on any list: counts only through an officer's recorded decision. */
    OTHER("Other evidence, for an officer to decide");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** Plain-English name of the list. */
    public String label() {
        return label;
    }
}
