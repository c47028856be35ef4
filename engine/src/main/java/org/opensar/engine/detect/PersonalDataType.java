package org.opensar.engine.detect;

import java.util.Locale;

/** The kinds of personal data the detector looks for in a record. */
public enum PersonalDataType {
    PERSON,
    PHONE,
    EMAIL,
    ADDRESS,
    POSTCODE,
    NHS_NUMBER,
    NI_NUMBER,
    DATE_OF_BIRTH,
    VEHICLE_REGISTRATION,
    BANK_DETAILS,
    /** A whole sentence about a third party's health, offending, substance use, mental health or abuse. */
    SENSITIVE_SENTENCE;

    /** As a person reads it: "nhs number", "date of birth". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
