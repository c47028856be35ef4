package org.opensar.server.review;

/** How the package's password reached the requester, separately from the package. */
public enum PasswordReleaseMethod {
    PHONE("By phone, after checking who was speaking"),
    EMAIL("By email on request, to the requester's own address");

    private final String label;

    PasswordReleaseMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
