package org.opensar.engine.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a system adds around what the author wrote: a print stamp at the start of a line ("Printed by A Clerk on
 * 01/02/2020 10:15"), and the header fields at the top of a printed or saved e-mail ("From:", "To:", "Sent:",
 * "Subject:"). They say nothing about what kind of document it is, and a copy that has them is still the same
 * document. Fields further down ("Date:" on a form) are the author's and stay.
 */
public final class AddedLines {

    private static final Pattern PRINT_STAMP = Pattern.compile(
            "^\\s*printed\\s+(?:by\\s+.{1,60}?\\s+)?on\\s+"
                    + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIL_FIELD = Pattern.compile(
            "^\\s*(?:from|to|cc|bcc|sent|date|subject|reply-to|attachments?|message-id|mime-version|content-type"
                    + "|content-transfer-encoding)\\s*:.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FROM = Pattern.compile("^\\s*from\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private AddedLines() {}

    /** Who sent the e-mail the text starts with: the value of the "From:" field of its header, else empty. */
    public static String sender(String text) {
        boolean header = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank() && !header) {
                continue;
            }
            if (line.isBlank() || !MAIL_FIELD.matcher(line).matches()) {
                return "";
            }
            header = true;
            Matcher from = FROM.matcher(line);
            if (from.lookingAt()) {
                return line.substring(from.end()).strip();
            }
        }
        return "";
    }

    /** The text without print stamps and without the e-mail header fields it starts with. */
    public static String strip(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        boolean top = true;
        for (String original : (Iterable<String>) text.lines()::iterator) {
            String line = PRINT_STAMP.matcher(original).replaceFirst("").strip();
            boolean stampOnly = line.isEmpty() && !original.isBlank();
            if (stampOnly || (top && (line.isEmpty() || MAIL_FIELD.matcher(line).matches()))) {
                continue;
            }
            top = false;
            kept.append(line.equals(original.strip()) ? original : line).append('\n');
        }
        return kept.toString();
    }
}
