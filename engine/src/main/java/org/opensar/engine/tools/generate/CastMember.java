package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import org.opensar.engine.casefile.PersonCategory;

/**
 * One synthetic person in a case, with every detail a document may mention. {@code role} is the template
 * placeholder name ({@code mum}, {@code sw}, ...); {@code relationshipWord} is what the records call them
 * ("Mum", "sister"), which stays in a disclosure even when the name does not.
 */
record CastMember(
        String role,
        String givenName,
        String surname,
        String title,
        boolean female,
        PersonCategory category,
        String relationship,
        String relationshipWord,
        boolean knownToRequester,
        Contact contact,
        LocalDate dateOfBirth) {

    /** Where and how the person can be reached, and the numbers that identify them. */
    record Contact(
            String phone,
            String email,
            String street,
            String town,
            String postcode,
            String nhsNumber,
            String niNumber,
            String vehicle,
            String sortCode,
            String account) {}

    String fullName() {
        return givenName + " " + surname;
    }

    String formalName() {
        return title + " " + surname;
    }

    /** Professionals acting in their job, whose names and work contacts stay in a disclosure. */
    boolean actsInRole() {
        return category == PersonCategory.COUNCIL_STAFF || category == PersonCategory.EXTERNAL_PROFESSIONAL;
    }
}
