package org.opensar.server.clock;

/** Which statutory clock runs for a request. */
public enum ClockKind {
    /** One calendar month, extendable by two (UK GDPR Art 12(3)). */
    SAR,
    /** As SAR, and the footage is overwritten 30 days after recording. */
    CCTV_SAR,
    /** 20 working days (FOIA s.10). */
    FOI,
    /** 20 working days, 40 when complex and voluminous (EIR reg 5, 7). */
    EIR,
    /** 72 hours from awareness to decide on notifying the ICO (UK GDPR Art 33). */
    BREACH,
    /** Not a request with a statutory clock of ours, e.g. a third-party CCTV request routed elsewhere. */
    NONE
}
