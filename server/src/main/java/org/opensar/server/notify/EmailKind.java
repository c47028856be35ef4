package org.opensar.server.notify;

/** The emails the council sends a requester; each has a template an administrator may edit. */
public enum EmailKind {
    ACKNOWLEDGEMENT("Acknowledgement, with the due date"),
    IDENTITY_NEEDED("Identity or authority needed"),
    CLARIFICATION_NEEDED("Clarification needed"),
    EXTENSION_NOTICE("Extension notice, with the reasons"),
    RESPONSE_READY("Response ready"),
    PASSWORD_RELEASE("Password for the response"),
    SIGN_IN_CODE("One-time code to see a request");

    private final String label;

    EmailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
