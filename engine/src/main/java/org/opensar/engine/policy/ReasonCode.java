package org.opensar.engine.policy;

import org.opensar.engine.EnumLabels;
import org.opensar.engine.extract.ExtractionOutcome;

/** Why a document got its disposition: a closed list, each reason belonging to one disposition. */
public enum ReasonCode {
    THIRD_PARTY_SOURCE(Disposition.WITHHOLD),
    COURT(Disposition.WITHHOLD),
    FINANCIAL(Disposition.WITHHOLD),
    ADMIN(Disposition.WITHHOLD),
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
    CORRESPONDENCE(Disposition.DISCLOSE),
    /** A still image of the requester from the council's CCTV, everyone else in it obscured. */
    CCTV_STILL(Disposition.DISCLOSE);

    private final Disposition disposition;

    ReasonCode(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
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

    /** As a person reads it: "case note", "third party source". */
    public String label() {
        return EnumLabels.of(this);
    }
}
