package org.opensar.engine.generate;

/** The kinds of third-party personal data the answer key marks for redaction. */
enum PersonalDataType {
    PERSON,
    PHONE,
    EMAIL,
    ADDRESS,
    POSTCODE,
    NHS_NUMBER,
    NI_NUMBER,
    DATE_OF_BIRTH,
    VEHICLE_REGISTRATION,
    BANK_DETAILS
}
