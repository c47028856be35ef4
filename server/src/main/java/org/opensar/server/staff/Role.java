package org.opensar.server.staff;

/** What a member of staff may do. A manager may do everything an officer may, and approve. */
public enum Role {
    IG_OFFICER("Information Governance officer", null),
    IG_MANAGER("Information Governance manager", IG_OFFICER),
    AUDITOR("Auditor (read only)", null),
    ADMINISTRATOR("Administrator", null);

    private final String label;
    private final Role implied;

    Role(String label, Role implied) {
        this.label = label;
        this.implied = implied;
    }

    /** The role this one includes (a manager may do everything an officer may), if any. */
    public java.util.Optional<Role> implied() {
        return java.util.Optional.ofNullable(implied);
    }

    /** Whether someone with this role may act as {@code other}. */
    public boolean includes(Role other) {
        return this == other || implied != null && implied.includes(other);
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
