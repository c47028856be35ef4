package org.opensar.server.council;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fields of the council's details on the settings page, each with how it is checked and the GOV.UK error message
 * for each way it can be wrong. Every field is required; none may keep the example council's value but the signer's
 * role, which is a real one.
 */
enum CouncilField {
    COUNCIL_NAME(
            "councilName", "the council's name", "your council's name", Kind.TEXT, 120, CouncilDetails::councilName),
    IG_EMAIL(
            "igEmail",
            "the information governance team's email address",
            "your information governance team's email address",
            Kind.EMAIL,
            254,
            CouncilDetails::igEmail),
    IG_PHONE(
            "igPhone",
            "the information governance team's telephone number",
            "your information governance team's telephone number",
            Kind.PHONE,
            20,
            CouncilDetails::igPhone),
    IG_ADDRESS(
            "igAddress",
            "the information governance team's postal address",
            "your information governance team's postal address",
            Kind.TEXT,
            500,
            CouncilDetails::igAddress),
    LEAVING_CARE_EMAIL(
            "leavingCareEmail",
            "the leaving care team's email address",
            "your leaving care team's email address",
            Kind.EMAIL,
            254,
            CouncilDetails::leavingCareEmail),
    LEAVING_CARE_PHONE(
            "leavingCarePhone",
            "the leaving care team's telephone number",
            "your leaving care team's telephone number",
            Kind.PHONE,
            20,
            CouncilDetails::leavingCarePhone),
    SIGNER_NAME(
            "signerName",
            "the name of the person who signs the letter",
            "the name of your council's signer",
            Kind.TEXT,
            120,
            CouncilDetails::signerName),
    SIGNER_ROLE(
            "signerRole",
            "the role of the person who signs the letter",
            null,
            Kind.TEXT,
            120,
            CouncilDetails::signerRole);

    private enum Kind {
        TEXT,
        EMAIL,
        PHONE
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{10,20}");

    private final String id;
    private final String what;
    private final String yourOwn;
    private final Kind kind;
    private final int maxLength;
    private final Function<CouncilDetails, String> value;

    /**
     * {@code what} names the field in its messages; {@code yourOwn} names the council's own value where the example's
     * is refused, or is null where the example's may stay (a role is a role).
     */
    CouncilField(
            String id, String what, String yourOwn, Kind kind, int maxLength, Function<CouncilDetails, String> value) {
        this.id = id;
        this.what = what;
        this.yourOwn = yourOwn;
        this.kind = kind;
        this.maxLength = maxLength;
        this.value = value;
    }

    /** The form field's id and name, which the error summary links to. */
    String id() {
        return id;
    }

    /** What is wrong with this field of {@code details}, or null when nothing is. */
    String problem(CouncilDetails details) {
        String given = value.apply(details);
        if (given.isEmpty()) {
            return "Enter " + what;
        }
        if (given.length() > maxLength) {
            return capitalised() + " must be " + maxLength + " characters or fewer";
        }
        if (kind == Kind.EMAIL && !EMAIL.matcher(given).matches()) {
            return "Enter " + what + " in the correct format, like name@example.com";
        }
        if (kind == Kind.PHONE && !PHONE.matcher(given).matches()) {
            return "Enter " + what + ", like 01632 960 001 or 07700 900 982";
        }
        if (yourOwn != null && comparable(given).equals(comparable(value.apply(CouncilDetails.EXAMPLE)))) {
            return "Enter " + yourOwn + ", not the example council's";
        }
        return null;
    }

    private String capitalised() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** The same value however it is spaced or cased: "01632960000" is the example's "01632 960000". */
    private String comparable(String text) {
        String lower = text.toLowerCase(Locale.UK);
        return kind == Kind.PHONE ? lower.replaceAll("[^0-9]", "") : lower.replaceAll("\\s+", " ");
    }
}
