package org.opensar.server.notify;

/** The emails the council sends (to a requester, the CCTV control room or the IG team); each has a template an administrator may edit. */
public enum EmailKind {
    ACKNOWLEDGEMENT("Acknowledgement, with the due date"),
    IDENTITY_NEEDED("Identity or authority needed"),
    CLARIFICATION_NEEDED("Clarification needed"),
    EXTENSION_NOTICE("Extension notice, with the reasons"),
    RESPONSE_READY("Response ready"),
    PASSWORD_RELEASE("Password for the response"),
    SIGN_IN_CODE("One-time code to see a request"),
    CCTV_PRESERVATION("Preservation request to the CCTV control room"),
    CCTV_OVERWRITE_WARNING("Warning to the IG team: CCTV footage will soon be overwritten");

    private final String label;

    EmailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
