package org.opensar.engine.process;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.WordList;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.policy.ReasonCode;

/**
 * The title a document is shown under, in the report, the workbench and the bundle: the records system's title
 * when it says what the document is; else the document's own heading (an e-mail's subject, or a short first line);
 * else its kind ("Case note"). Never the file name or a file's own hidden Title field, which may name anyone. The
 * bundle prints it only after detection and the officer's decisions on it, like any text.
 */
final class DocumentTitle {

    private static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 14;
    private static final Pattern SUBJECT = Pattern.compile("(?im)^\\s*subject:\\s*(\\S.*)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A form's field at the start of a line: "Date of visit: ", "Step: ". */
    private static final Pattern FIELD = Pattern.compile("^[\\p{L}][\\p{L}\\d /()'-]{0,30}:\\s");
    /** Where a heading ends and the fields beside it begin: "Case Note    Case reference: 12". */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\t|\\s{3,}");

    private static final int HEADING_LINES = 6;
    private static final Set<String> GENERIC = WordList.load(DocumentTitle.class, "generic-title-words.txt");
    private static final Set<String> ORGANISATION = WordList.load(DocumentTitle.class, "organisation-words.txt");

    private DocumentTitle() {}

    static String of(CaseDocument document, ExtractedDocument extracted, ReasonCode reason) {
        String given = document.metadata().title();
        if (given != null && !given.isBlank() && !generic(given)) {
            return shortened(given.strip());
        }
        return ownHeading(extracted).orElseGet(() -> kind(reason));
    }

    /** True for a title made only of words a records system uses for any file, and numbers ("Doc1", "Scan 48"). */
    static boolean generic(String title) {
        Matcher words = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (!GENERIC.contains(words.group())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> ownHeading(ExtractedDocument extracted) {
        String text = extracted.fullText();
        String start = text.substring(0, Math.min(text.length(), 2000));
        Matcher subject = SUBJECT.matcher(start);
        if (subject.find() && !generic(subject.group(1))) {
            return Optional.of(shortened(subject.group(1).strip()));
        }
        return start.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(HEADING_LINES)
                .map(line -> COLUMN_GAP.split(line, 2)[0])
                .filter(DocumentTitle::headingLike)
                .findFirst();
    }

    /**
     * A line that reads as a heading: short, not a sentence, not a field of a form, and not a letterhead (who wrote
     * the document, not what it is).
     */
    private static boolean headingLike(String line) {
        return line.length() <= MAX_LENGTH
                && line.split("\\s+").length <= MAX_WORDS
                && !line.matches(".*[.,;:]$")
                && !FIELD.matcher(line).find()
                && !letterhead(line)
                && !generic(line);
    }

    private static boolean letterhead(String line) {
        Matcher words = WORD.matcher(line.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (ORGANISATION.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    private static String kind(ReasonCode reason) {
        return switch (reason) {
            case CASE_NOTE -> "Case note";
            case REVIEW_MINUTES -> "Review minutes";
            case CHRONOLOGY -> "Chronology";
            case ASSESSMENT_OR_PLAN -> "Assessment or plan";
            case MEETING_NOTES -> "Meeting notes";
            case PLACEMENT_RECORD -> "Placement record";
            case CORRESPONDENCE -> "Letter or e-mail";
            case NON_PROFESSIONAL -> "Letter or statement";
            case NEEDS_OCR -> "Scanned document";
            default -> "Document";
        };
    }

    private static String shortened(String title) {
        return title.length() > MAX_LENGTH ? title.substring(0, MAX_LENGTH).strip() + "…" : title;
    }
}
