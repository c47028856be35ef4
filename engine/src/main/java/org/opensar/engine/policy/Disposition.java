package org.opensar.engine.policy;

import org.opensar.engine.EnumLabels;

/** What happens to a document in the disclosure bundle. */
public enum Disposition {
    /** Given to the requester (subject to redaction). */
    DISCLOSE,
    /** Kept back under an exemption or the council's policy, with a reason the requester can understand. */
    WITHHOLD,
    /** Left out because it adds nothing: a duplicate, or a log entry with nothing of substance. */
    REMOVE,
    /** An officer must read it and decide. */
    REVIEW;

    /** As a person reads it: "disclose", "withhold". */
    public String label() {
        return EnumLabels.of(this);
    }
}
