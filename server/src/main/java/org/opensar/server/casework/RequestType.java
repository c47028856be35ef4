package org.opensar.server.casework;

/** The kinds of request the council receives (rules.md §1); each has its own clock and route. */
public enum RequestType {
    SAR("Subject access request", "SAR", true),
    CARE_LEAVER_SAR("Care leaver subject access request", "CLS", true),
    PERSONAL_CCTV_SAR("Personal CCTV subject access request", "CCTV", true),
    THIRD_PARTY_CCTV("Third-party CCTV request (insurer or solicitor)", "TPC", false),
    FOI("Freedom of Information request", "FOI", false),
    EIR("Environmental Information Regulations request", "EIR", false),
    BREACH_REPORT("Personal data breach report", "BR", false);

    private final String label;
    private final String referencePrefix;
    private final boolean subjectAccess;

    RequestType(String label, String referencePrefix, boolean subjectAccess) {
        this.label = label;
        this.referencePrefix = referencePrefix;
        this.subjectAccess = subjectAccess;
    }

    public String label() {
        return label;
    }

    String referencePrefix() {
        return referencePrefix;
    }

    /** A request under UK GDPR Art 15: identity checks and the one-month clock apply. */
    public boolean subjectAccess() {
        return subjectAccess;
    }

    /** Whether the law allows more time: two further months for a SAR, more working days for FOI and EIR. */
    public boolean extendable() {
        return subjectAccess || this == FOI || this == EIR;
    }
}
