package org.opensar.engine.policy;

import org.opensar.engine.extract.ExtractionOutcome;

/**
 * Why a document got its disposition: a closed list, each reason belonging to one disposition. The withholding
 * reasons are the exemptions officers apply (DPA 2018 Sch 2 and 3) and the council's policy's own; what the bundle
 * tells the requester about each, and the legal citation the redaction log records, are the council's wording
 * ({@code ReasonWordings} in the renderer), not constants here.
 */
public enum ReasonCode {
    THIRD_PARTY_SOURCE(Disposition.WITHHOLD, "from another organisation (the source body can be asked)"),
    COURT(Disposition.WITHHOLD, "court or family-proceedings material (Sch 3 Part 3 para 9)"),
    FINANCIAL(Disposition.WITHHOLD, "financial information, not personal data"),
    ADMIN(Disposition.WITHHOLD, "administrative record for staff only"),
    /** Another person's information, withheld after weighing their interests against the requester's. */
    THIRD_PARTY_DATA(Disposition.WITHHOLD, "another person's information (Sch 2 paras 16-17, balancing recorded)"),
    /** What a member of the requester's family wrote or said: their own reason, never "another organisation". */
    FAMILY_MEMBER_WORDS(
            Disposition.WITHHOLD, "written or said by a member of the requester's family (Sch 2 paras 16-17)"),
    /** What someone who is not a professional (a neighbour, a family friend) wrote or said. */
    NON_PROFESSIONAL_WORDS(Disposition.WITHHOLD, "written or said by a non-professional (Sch 2 paras 16-17)"),
    /** Social work data likely to cause serious harm, on the opinion of the social worker. */
    SERIOUS_HARM_SOCIAL_WORK(
            Disposition.WITHHOLD, "serious harm, social work data (Sch 3 Part 3 para 11, social worker's opinion)"),
    /** Health data likely to cause serious harm, on the opinion of the appropriate health professional. */
    SERIOUS_HARM_HEALTH(
            Disposition.WITHHOLD, "serious harm, health data (Sch 3 Part 2 paras 5-6, health professional's opinion)"),
    LEGAL_PRIVILEGE(Disposition.WITHHOLD, "legal professional privilege (Sch 2 para 19)"),
    CRIME_AND_TAXATION(Disposition.WITHHOLD, "crime and taxation (Sch 2 para 2)"),
    CONFIDENTIAL_REFERENCE(Disposition.WITHHOLD, "confidential reference (Sch 2 para 24)"),
    /** Information the requester already has (a letter sent to them, a copy given to them). */
    ALREADY_HELD(Disposition.WITHHOLD, "the requester already has it"),
    NOT_MEANINGFUL(Disposition.REMOVE, "no meaningful content"),
    DUPLICATE(Disposition.REMOVE, "duplicate of a document kept"),
    NON_PROFESSIONAL(Disposition.REVIEW, "what a non-professional said: to check"),
    UNCERTAIN(Disposition.REVIEW, "uncertain: to decide"),
    NEEDS_OCR(Disposition.REVIEW, "scan to read"),
    CORRUPT(Disposition.REVIEW, "damaged file"),
    PASSWORD_PROTECTED(Disposition.REVIEW, "password-protected file"),
    EMPTY(Disposition.REVIEW, "empty file"),
    UNSUPPORTED_FORMAT(Disposition.REVIEW, "format not read"),
    TOO_LARGE(Disposition.REVIEW, "too large to read"),
    TIMED_OUT(Disposition.REVIEW, "reading timed out"),
    EXTRACTION_FAILED(Disposition.REVIEW, "could not be read"),
    PROCESSING_FAILED(Disposition.REVIEW, "processing failed"),
    CASE_NOTE(Disposition.DISCLOSE, "case note"),
    REVIEW_MINUTES(Disposition.DISCLOSE, "children in care review notes"),
    CHRONOLOGY(Disposition.DISCLOSE, "chronology"),
    ASSESSMENT_OR_PLAN(Disposition.DISCLOSE, "report, assessment or plan"),
    MEETING_NOTES(Disposition.DISCLOSE, "meeting notes or minutes"),
    PLACEMENT_RECORD(Disposition.DISCLOSE, "placement record with meaningful content"),
    CORRESPONDENCE(Disposition.DISCLOSE, "correspondence"),
    /** A still image of the requester from the council's CCTV, everyone else in it obscured. */
    CCTV_STILL(Disposition.DISCLOSE, "CCTV still");

    private final Disposition disposition;
    private final String label;

    ReasonCode(Disposition disposition, String label) {
        this.disposition = disposition;
        this.label = label;
    }

    /** What staff read in the workbench's lists and pickers. */
    public String label() {
        return label;
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
