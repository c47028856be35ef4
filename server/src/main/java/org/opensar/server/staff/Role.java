package org.opensar.server.staff;

/** What a member of staff may do. A manager may do everything an officer may, and approve. */
public enum Role {
    IG_OFFICER("Information Governance officer"),
    IG_MANAGER("Information Governance manager"),
    AUDITOR("Auditor (read only)"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
