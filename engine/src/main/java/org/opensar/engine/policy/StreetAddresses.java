package org.opensar.engine.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses read as addresses, not as words of the policy: in "124 Wyvern Court, Northfield" the word "Court"
 * names a street, not a court, so a relative's statement written from there is not a court document. A street is a
 * house number, one to three capitalised words and a street word (Court, Road, Close, ...), ending the line or
 * followed by a comma; only the street word is blanked, so the policy never sees it.
 */
final class StreetAddresses {

    private static final Pattern STREET = Pattern.compile(
            "(\\b\\d{1,4}[A-Za-z]?,?\\s{1,3}(?:\\p{Lu}[\\p{L}'\u2019-]*\\s{1,3}){1,3})"
                    + "(Court|Courts|Road|Street|Avenue|Close|Lane|Drive|Way|Place|Gardens|Crescent|Terrace|Grove|Walk"
                    + "|Mews|Square|Row|Hill|Rise|View|Park|Green|Parade|Vale|Wharf|House|Lodge|Mansions|Buildings)"
                    + "(?=\\s*(?:,|$))",
            Pattern.MULTILINE);

    private StreetAddresses() {}

    /** {@code text} with the street word of every street address replaced by spaces of the same length. */
    static String blank(String text) {
        return STREET.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1) + " ".repeat(m.group(2).length())));
    }
}
