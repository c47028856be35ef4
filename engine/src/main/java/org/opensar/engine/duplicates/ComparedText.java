package org.opensar.engine.duplicates;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensar.engine.extract.AddedLines;

/**
 * A document's text as it is compared with another's. Left out: the print stamps and the e-mail header fields it
 * starts with ({@link AddedLines}), or that come below a short note written above a printed e-mail; the header block of an Outlook message as Tika writes it (its subject, then
 * "From", "To", "Cc", "Bcc" and "Recipients" each on a line of its own with the value on the next, every line
 * indented), which differs between the sent and the received copy of one message; and the running lines of a
 * printout, short lines of nothing but what copying adds, repeated three times or more, that are a page number or
 * say "page" or "print" with a number (a header or footer on every page with its page number or print date), also
 * when OCR read them a little differently. With those lines gone a word hyphenated
 * across a page break reads whole again. A line of the document's own repeated as often ("Seen alone: yes") stays.
 *
 * @param runningLines how many running lines were left out
 * @param example one of them, as written
 */
record ComparedText(String text, int runningLines, String example) {

    private static final Pattern OUTLOOK_FIELD = Pattern.compile("\t(From|To|Cc|Bcc|Recipients)");
    private static final Pattern MAIL_FROM = Pattern.compile("\\s*from\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIL_FIELD =
            Pattern.compile("\\s*(from|to|cc|bcc|sent|date|subject)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_BREAK = Pattern.compile(
            "-{2,}\\s*(original|forwarded) message\\s*-{2,}|_{5,}|begin forwarded message", Pattern.CASE_INSENSITIVE);
    /** How many lines of a note above a printed e-mail's header fields may be. */
    private static final int NOTE_LINES = 4;
    /** The most words a running line has. */
    private static final int RUNNING_WORDS = 24;

    private static final Pattern PAGE_OR_PRINT = Pattern.compile("\\bpage\\b|\\bprint");
    /** How often a line must occur to be a running line. */
    private static final int RUNNING_TIMES = 3;

    static ComparedText of(String text) {
        return withoutRunningLines(withoutMailFieldsBelowANote(AddedLines.strip(withoutOutlookHeader(text))));
    }

    /**
     * A printed e-mail's header fields (From, To, Subject, Date...) under a short note written above the printout:
     * {@link AddedLines} leaves out only the fields a text starts with.
     */
    private static String withoutMailFieldsBelowANote(String text) {
        String[] lines = text.split("\n", -1);
        for (int start = 1; start <= NOTE_LINES && start < lines.length; start++) {
            if (MAIL_FROM.matcher(lines[start]).lookingAt() && !afterAQuoteBreak(lines, start)) {
                int end = start;
                while (end < lines.length && MAIL_FIELD.matcher(lines[end]).lookingAt()) {
                    end++;
                }
                if (end - start < 2) {
                    return text;
                }
                StringBuilder kept = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    if (i < start || i >= end) {
                        kept.append(lines[i]).append('\n');
                    }
                }
                return kept.toString();
            }
        }
        return text;
    }

    /**
     * Whether the nearest line above {@code line} with words is a break that starts a quoted message ("-----Original
     * Message-----"): the fields under it are the quoted message's, part of what the text says.
     */
    private static boolean afterAQuoteBreak(String[] lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return QUOTE_BREAK.matcher(lines[i]).find();
            }
        }
        return false;
    }

    private static ComparedText withoutRunningLines(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String key = key(line);
            if (!key.isEmpty() && key.split(" ").length <= RUNNING_WORDS) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        Set<String> running = new LinkedHashSet<>();
        Map<String, String> written = new HashMap<>();
        for (String line : lines) {
            written.putIfAbsent(key(line), line);
        }
        counts.forEach((key, count) -> {
            if (count >= RUNNING_TIMES && pageFurniture(key) && DifferenceReader.copyingLine(written.get(key))) {
                running.add(key);
            }
        });
        if (running.isEmpty()) {
            return new ComparedText(text, 0, "");
        }
        StringBuilder kept = new StringBuilder(text.length());
        int dropped = 0;
        String example = "";
        for (String line : lines) {
            String key = key(line);
            if (!key.isEmpty() && (running.contains(key) || nearly(key, running))) {
                dropped++;
                example = example.isEmpty() ? line.strip() : example;
            } else {
                kept.append(line).append('\n');
            }
        }
        return new ComparedText(kept.toString(), dropped, example);
    }

    /** A page number ("- 3 -", "3 / 19"), or a line with a number that says it is a page's or a print's. */
    private static boolean pageFurniture(String key) {
        return key.contains("#")
                && (PAGE_OR_PRINT.matcher(key).find() || key.chars().noneMatch(Character::isLetter));
    }

    /** Whether {@code key} reads as one of the running lines with a few letters misread. */
    private static boolean nearly(String key, Set<String> running) {
        if (key.split(" ").length > RUNNING_WORDS) {
            return false;
        }
        for (String line : running) {
            int allowed = line.length() / 8;
            if (Math.abs(line.length() - key.length()) <= allowed && DifferenceReader.distance(line, key) <= allowed) {
                return true;
            }
        }
        return false;
    }

    /** A line as running lines are matched: lower case, numbers as #, single spaces. */
    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
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
