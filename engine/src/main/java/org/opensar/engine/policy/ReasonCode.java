package org.opensar.engine.policy;

import org.opensar.engine.extract.ExtractionOutcome;

/**
 * Why a document got its disposition: a closed list, each reason belonging to one disposition. The withholding
 * reasons are the exemptions officers apply (DPA 2018 Sch 2 and 3) and the council's policy's own; what the bundle
 * tells the requester about each, and the legal citation the redaction log records, are the council's wording
 * ({@code ReasonWordings} in the renderer), not constants here.
 */
public enum ReasonCode {
    THIRD_PARTY_SOURCE(Disposition.WITHHOLD),
    COURT(Disposition.WITHHOLD),
    FINANCIAL(Disposition.WITHHOLD),
    ADMIN(Disposition.WITHHOLD),
    /** Another person's information, withheld after weighing their interests against the requester's. */
    THIRD_PARTY_DATA(Disposition.WITHHOLD),
    /** What a member of the requester's family wrote or said: their own reason, never "another organisation". */
    FAMILY_MEMBER_WORDS(Disposition.WITHHOLD),
    /** What someone who is not a professional (a neighbour, a family friend) wrote or said. */
    NON_PROFESSIONAL_WORDS(Disposition.WITHHOLD),
    /** Social work data likely to cause serious harm, on the opinion of the social worker. */
    SERIOUS_HARM_SOCIAL_WORK(Disposition.WITHHOLD),
    /** Health data likely to cause serious harm, on the opinion of the appropriate health professional. */
    SERIOUS_HARM_HEALTH(Disposition.WITHHOLD),
    LEGAL_PRIVILEGE(Disposition.WITHHOLD),
    CRIME_AND_TAXATION(Disposition.WITHHOLD),
    CONFIDENTIAL_REFERENCE(Disposition.WITHHOLD),
    /** Information the requester already has (a letter sent to them, a copy given to them). */
    ALREADY_HELD(Disposition.WITHHOLD),
    NOT_MEANINGFUL(Disposition.REMOVE),
    DUPLICATE(Disposition.REMOVE),
    NON_PROFESSIONAL(Disposition.REVIEW),
    UNCERTAIN(Disposition.REVIEW),
    NEEDS_OCR(Disposition.REVIEW),
    CORRUPT(Disposition.REVIEW),
    PASSWORD_PROTECTED(Disposition.REVIEW),
    EMPTY(Disposition.REVIEW),
    UNSUPPORTED_FORMAT(Disposition.REVIEW),
    TOO_LARGE(Disposition.REVIEW),
    TIMED_OUT(Disposition.REVIEW),
    EXTRACTION_FAILED(Disposition.REVIEW),
    PROCESSING_FAILED(Disposition.REVIEW),
    CASE_NOTE(Disposition.DISCLOSE),
    REVIEW_MINUTES(Disposition.DISCLOSE),
    CHRONOLOGY(Disposition.DISCLOSE),
    ASSESSMENT_OR_PLAN(Disposition.DISCLOSE),
    MEETING_NOTES(Disposition.DISCLOSE),
    PLACEMENT_RECORD(Disposition.DISCLOSE),
    CORRESPONDENCE(Disposition.DISCLOSE);

    private final Disposition disposition;

    ReasonCode(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }

    /**
     * True for serious harm, which may only be applied with the opinion of the appropriate professional (the social
     * worker or the health professional currently or most recently responsible), recorded with the decision.
     */
    public boolean needsProfessionalOpinion() {
        return this == SERIOUS_HARM_SOCIAL_WORK || this == SERIOUS_HARM_HEALTH;
    }

    /** True where the law asks for the requester's interest to be weighed against another person's, recorded. */
    public boolean needsBalancing() {
        return this == THIRD_PARTY_DATA || this == FAMILY_MEMBER_WORDS || this == NON_PROFESSIONAL_WORDS;
    }

    /** The review reason for a document whose text could not be had. */
    public static ReasonCode of(ExtractionOutcome outcome) {
        return switch (outcome) {
            case NEEDS_OCR -> NEEDS_OCR;
            case CORRUPT -> CORRUPT;
            case PASSWORD_PROTECTED -> PASSWORD_PROTECTED;
            case EMPTY -> EMPTY;
            case UNSUPPORTED_FORMAT -> UNSUPPORTED_FORMAT;
            case TOO_LARGE -> TOO_LARGE;
            case TIMED_OUT -> TIMED_OUT;
            case EXTRACTED, OCR_APPLIED, EXTRACTION_FAILED -> EXTRACTION_FAILED;
        };
    }
}
