package org.opensar.engine.detect;

/** What kind of evidence made a recognizer match. */
public enum Evidence {
    /** The text has the shape of the data (a regular expression matched). */
    PATTERN,
    /** The shape matched and a check digit or validity rule passed. */
    VALIDATED_PATTERN,
    /** The shape matched and words nearby say what it is ("DOB", "sort code"). */
    CONTEXT,
    /** A name list or word list was hit. */
    NAME_LIST,
    /** A person named in the case description (case.json), spelt as there. */
    PEOPLE_REGISTER,
    /** A person named in the case description, spelt slightly differently (OCR errors, typing slips). */
    PEOPLE_REGISTER_NEAR_MATCH,
    /** Words about health, offending, substance use, mental health or abuse near a third party. */
    SENSITIVE_TOPIC
}
