package org.opensar.engine.render;

import org.opensar.engine.policy.ReasonCode;

/** The legal ground the redaction log records for what was kept back. */
final class Exemption {

    static final String THIRD_PARTY = "DPA 2018 Sch 2 Part 3 para 16 (information about another individual)";

    private Exemption() {}

    static String of(ReasonCode reason) {
        return switch (reason) {
            case THIRD_PARTY_SOURCE -> THIRD_PARTY + "; the source body can be asked directly";
            case COURT -> "DPA 2018 Sch 3 Part 3 para 9 (social work data processed by a court)";
            case FINANCIAL, ADMIN -> "Outside UK GDPR Art 15: not the requester's personal data";
            case DUPLICATE -> "None needed: a copy is disclosed";
            case NOT_MEANINGFUL -> "None needed: no information of substance";
            default -> "Awaiting an officer's decision";
        };
    }
}
