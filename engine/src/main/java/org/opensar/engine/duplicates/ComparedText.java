package org.opensar.engine.duplicates;

import java.util.regex.Pattern;
import org.opensar.engine.extract.AddedLines;

/**
 * A document's text as it is compared with another's: without the print stamps and the e-mail header fields it
 * starts with ({@link AddedLines}), nor the header block of an Outlook message as Tika writes it (its subject, then
 * "From", "To", "Cc", "Bcc" and "Recipients" each on a line of its own with the value on the next, every line
 * indented), which differ between the sent and the received copy of one message.
 */
final class ComparedText {

    private static final Pattern OUTLOOK_FIELD = Pattern.compile("\t(From|To|Cc|Bcc|Recipients)");

    private ComparedText() {}

    static String of(String text) {
        return AddedLines.strip(withoutOutlookHeader(text));
    }

    private static String withoutOutlookHeader(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !OUTLOOK_FIELD.matcher(lines[1]).matches()) {
            return text;
        }
        int i = 1;
        while (i + 1 < lines.length && OUTLOOK_FIELD.matcher(lines[i]).matches()) {
            i += 2;
        }
        StringBuilder rest = new StringBuilder();
        for (; i < lines.length; i++) {
            rest.append(lines[i]).append('\n');
        }
        return rest.toString();
    }
}
