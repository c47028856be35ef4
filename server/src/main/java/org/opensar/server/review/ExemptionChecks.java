package org.opensar.server.review;

import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.policy.ReasonCode;

/**
 * What the law asks an officer to record before applying an exemption, checked in one place for a document and for a
 * passage: a reason (for another person's information, the balance struck), and for serious harm the opinion of the
 * appropriate professional.
 */
final class ExemptionChecks {

    private ExemptionChecks() {}

    /** The officer's reason, stripped; refused when blank, asking for the balance where the law weighs one. */
    static String why(ReasonCode reason, String why) {
        if (why == null || why.isBlank()) {
            throw new CaseFileRefusedException(
                    reason.needsBalancing()
                            ? "Record the balance you struck (consent, confidence, why withholding is reasonable): it"
                                    + " goes in the record."
                            : "Give the reason for changing the decision: it goes in the record.");
        }
        return why.strip();
    }

    /** The professional's opinion, stripped, or null when none was given; refused when {@code needed} and blank. */
    static String opinion(boolean needed, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            if (needed) {
                throw new CaseFileRefusedException("Serious harm can only be decided with the opinion of the"
                        + " appropriate professional (the social worker, or the health professional responsible):"
                        + " record who gave it, when, and what they said.");
            }
            return null;
        }
        return opinion.strip();
    }

    /** The reason for an officer's passage: the exemption chosen, or else another person's data of {@code type}. */
    static RedactionReason passage(PersonalDataType type, RedactionReason exemption) {
        if (exemption == null) {
            return RedactionReason.forType(type);
        }
        if (!exemption.exemption()) {
            throw new CaseFileRefusedException("Choose an exemption from the list, or none for another person's data.");
        }
        return exemption;
    }

    /** {@code text}, followed by the professional's opinion when there is one. */
    static String withOpinion(String text, String opinion) {
        return opinion == null ? text : text + "; professional's opinion: " + opinion;
    }
}
