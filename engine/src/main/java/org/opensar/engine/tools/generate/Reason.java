package org.opensar.engine.tools.generate;

/**
 * Why the answer key decides what it does for a document: the keep reasons name what the document is,
 * the others are the removal reasons of rules.md section 5.
 */
enum Reason {
    CASE_NOTE,
    CIC_REVIEW,
    CHRONOLOGY,
    ASSESSMENT,
    PLAN,
    MEETING_NOTES,
    PERSONAL_ADVISOR_NOTE,
    PLACEMENT_LOG,
    SCHOOL_WITH_SOCIAL_CARE,
    THIRD_PARTY_SOURCE,
    COURT,
    FINANCIAL,
    ADMIN,
    NOT_MEANINGFUL,
    DUPLICATE,
    NON_PROFESSIONAL,
    NEEDS_OCR
}
