package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.AddedLines;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * The parts of a document the signals look at, as an officer reads it: the letterhead (the short heading lines at the
 * top of page 1, up to the first sentence or form field such as "To:"), the title lines, the sign-off (the last lines, and lines that name the
 * author), the addressee lines, the labels of form fields, the whole text and the metadata. Print stamps and e-mail
 * header fields are skipped when finding the letterhead and title, so a printed e-mail is read by its own heading.
 * A heading line that runs several parts together ("Oakfield Academy - Incident Log - Jordan Example") is read as
 * its parts, and a long heading line as its words before the first comma or bracket ("Statement of A Example (date),
 * address"), so an organisation or title named inside a long line still counts. The byline holds the places a
 * heading or form names the author: "..., by A Example" in a heading line, a field such as "Clinician:" or "Completed
 * by:" near the top, and the labelled sign-off lines. The layout is the shapes the whole text takes
 * ({@link DocumentLayout}), measured once for the rules and the learned model.
 */
record DocumentRegions(
        String letterhead,
        String title,
        String signature,
        String addressee,
        String fields,
        String text,
        List<String> metadata,
        String byline,
        Set<DocumentLayout.Shape> layout) {

    private static final int TITLE_LINES = 3;
    private static final int HEADING_WORDS = 8;
    private static final int TITLE_WORDS = 14;
    private static final int SIGN_OFF_WORDS = 10;
    /**
     * "Label: value" at the start of a line, after a wide gap, a tab, a bar or a semicolon, or after the full stop of
     * a sentence, as when a form's fields are run together in one paragraph ("Who: the carers. By when: May.").
     * A label has single spaces between its words: "CARE PLAN    Child:" is a heading, then the field "Child".
     */
    static final Pattern FIELD_LABEL = Pattern.compile(
            "(?:^|\\s{2,}|\\t|\\|\\s*|;\\s*|(?<=[.!?])\\s+)(\\p{L}(?:[\\p{L}\\p{N}'\u2019()/&\\-]| (?! )){0,40}?)\\s*:(?=\\s|$)");
    /** A form's or appendix's number before its title: "Form C1", "Appendix 3", "Part B", "Schedule 2". */
    private static final Pattern FORM_NUMBER = Pattern.compile(
            "(?:form|appendix|annex|part|section|schedule)\\s+[\\p{L}\\p{N}.]{1,6}", Pattern.CASE_INSENSITIVE);
    /** The first cell of a table row exported as text, when it is a short label: "Full name | Example". */
    private static final Pattern TABLE_LABEL =
            Pattern.compile("^\\|?\\s*(\\p{L}[\\p{L}.'\u2019()/ ]{0,30}?)\\s+\\|\\s*\\S");
    /** The separators that run the parts of a heading together on one line: a spaced dash, bar, bullet or slash. */
    private static final Pattern HEADING_PARTS = Pattern.compile("\\s+(?:[-\u2013\u2014|\u2022\u00b7/]|::)\\s+");
    /** "by" before a capitalised name: "..., by A Example, 3 May 2019", "Log kept by Mr Example, Head of Year." */
    private static final Pattern BY_NAME = Pattern.compile("\\bby\\s+(?=\\p{Lu})");
    /**
     * An initial, a title or a short abbreviation with its full stop, followed by a space: "M. Example", "Dr.
     * Example", "(b. 03/08/2000)", "Ref. 12".
     */
    private static final Pattern ABBREVIATION =
            Pattern.compile("\\b(\\p{L}|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|St|[Nn]o|[Rr]ef|[Tt]el|approx)\\.(?=\\s)");
    /**
     * The last word of a form label whose value is the author: "Clinician", "Investigating officer", "Facilitator",
     * "Seen by".
     */
    private static final List<String> AUTHOR_LABEL_ENDINGS =
            List.of("clinician", "author", "officer", "assessor", "practitioner", "facilitator", "by");
    /** The first word of a form label whose value is the author: "Assessing social worker", "Reporting officer". */
    private static final List<String> AUTHOR_LABEL_STARTS = List.of("assessing", "reporting");

    static DocumentRegions of(ExtractedDocument document, DocumentMetadata metadata, DisclosurePolicy policy) {
        List<String> topLines = document.pages().isEmpty()
                ? List.of()
                : AddedLines.strip(document.pages().get(0))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .limit(policy.letterheadLines())
                        .toList();
        List<String> firstLines = headingParts(topLines);
        List<String> headings = firstLines.stream()
                .takeWhile(line -> heading(line) && !FIELD_LABEL.matcher(line).lookingAt())
                .toList();
        List<String> lines = document.fullText()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        return new DocumentRegions(
                String.join("\n", headings),
                title(firstLines),
                signature(lines, policy),
                addressee(lines, topLines, policy),
                fields(lines),
                document.fullText(),
                metadata(document, metadata),
                byline(topLines, lines, policy),
                DocumentLayout.of(document.fullText()));
    }

    /**
     * The heading lines read as their parts: a line that is not a sentence or entry is split at spaced dashes, bars,
     * bullets and slashes, leaving out parts that are form fields (a reference), and a part too long to be a heading
     * is cut before its first comma or bracket.
     */
    private static List<String> headingParts(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            String[] split = HEADING_PARTS.split(line);
            if (entry(line) || split.length == 1 && FIELD_LABEL.matcher(line).lookingAt()) {
                parts.add(line);
                continue;
            }
            for (String part : split) {
                String heading = part.strip();
                Matcher field = FIELD_LABEL.matcher(heading);
                if (split.length > 1 && field.lookingAt()) {
                    if (!FORM_NUMBER.matcher(field.group(1)).matches()) {
                        continue; // a reference among the heading's parts ("Our ref: 77 | Example Service")
                    }
                    heading = heading.substring(field.end()); // "Form C1: Application for a care order"
                }
                if (heading.split("\\s+").length > HEADING_WORDS) {
                    int cut = firstOf(heading, ',', '(');
                    heading = cut > 0 ? heading.substring(0, cut).strip() : heading;
                }
                if (!heading.isEmpty()) {
                    parts.add(heading);
                }
            }
        }
        return parts;
    }

    private static int firstOf(String text, char... marks) {
        int first = -1;
        for (char mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Where the document names its author: the words after "by" in a heading line that is neither a sentence nor a
     * form line, the values of author fields among the first lines ("Clinician: Dr Example"), and the sign-off lines
     * that start with one of the policy's signature labels, but for an e-mail's "From:".
     */
    private static String byline(List<String> topLines, List<String> lines, DisclosurePolicy policy) {
        List<String> byline = new ArrayList<>();
        for (String line : topLines) {
            Matcher field = FIELD_LABEL.matcher(line);
            boolean form = false;
            while (field.find()) {
                form = true;
                List<String> label = PhraseIndex.words(field.group(1));
                if (!label.isEmpty()
                        && (AUTHOR_LABEL_ENDINGS.contains(label.get(label.size() - 1))
                                || AUTHOR_LABEL_STARTS.contains(label.get(0)))) {
                    String rest = line.substring(field.end());
                    Matcher next = FIELD_LABEL.matcher(rest);
                    byline.add((next.find() ? rest.substring(0, next.start()) : rest).strip());
                }
            }
            Matcher by = BY_NAME.matcher(line);
            if (!form && !entry(line) && by.find()) {
                byline.add(line.substring(by.end()));
            }
        }
        lines.stream()
                // an e-mail's sender forwards what others wrote, so an e-mail's "From:" names no author; a letter's
                // "From: A Example, 3 Mill Road" at its head, with no e-mail address, names its writer
                .filter(line -> startsWithAny(line, policy.signatureLabels())
                        && (!startsWithAny(line, List.of("From")) || (!line.contains("@") && topLines.contains(line))))
                .forEach(byline::add);
        return String.join("\n", byline);
    }

    /**
     * The title: the first lines up to the first sentence or dated entry, each cut before its first form field, so
     * "Case Note    Case reference: 12" reads "Case Note" and "Attendees: the foster carer" is no title at all.
     */
    private static String title(List<String> firstLines) {
        List<String> title = new ArrayList<>();
        for (String line : firstLines.subList(0, Math.min(TITLE_LINES, firstLines.size()))) {
            Matcher field = FIELD_LABEL.matcher(line);
            String heading = (field.find() ? line.substring(0, field.start()) : line).strip();
            if (entry(heading) || heading.split("\\s+").length > TITLE_WORDS) {
                break;
            }
            title.add(heading);
        }
        return String.join("\n", title);
    }

    /**
     * The sign-off: the short lines among the last few that are neither sentences, dated entries nor form fields ("A
     * Example, Health Visitor", "Yours sincerely"), and any line that starts with one of the policy's signature labels
     * ("Author:", "Signed").
     */
    private static String signature(List<String> lines, DisclosurePolicy policy) {
        int from = Math.max(0, lines.size() - policy.signatureLines());
        List<String> sign = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean labelled = startsWithAny(line, policy.signatureLabels());
            boolean signOff = i >= from
                    && line.split("\\s+").length <= SIGN_OFF_WORDS
                    && (!entry(line) || namesAuthor(line))
                    && !FIELD_LABEL.matcher(line).find();
            if (labelled || signOff) {
                sign.add(line);
            }
        }
        return String.join("\n", sign);
    }

    /**
     * The lines that start with an addressee label, and the value of a "To:" or "FAO:" field further along a line
     * near the top ("From: A Example, DSL    To: Duty social worker").
     */
    private static String addressee(List<String> lines, List<String> topLines, DisclosurePolicy policy) {
        List<String> addressee = new ArrayList<>();
        addressee.add(linesStartingWith(lines, policy.addresseeLabels()));
        for (String line : topLines) {
            Matcher field = FIELD_LABEL.matcher(line);
            while (field.find()) {
                if (field.start() > 0
                        && List.of("to", "fao").contains(field.group(1).strip().toLowerCase(Locale.ROOT))) {
                    String rest = line.substring(field.end());
                    Matcher next = FIELD_LABEL.matcher(rest);
                    addressee.add((next.find() ? rest.substring(0, next.start()) : rest).strip());
                }
            }
        }
        return String.join("\n", addressee).strip();
    }

    private static String linesStartingWith(List<String> lines, List<String> labels) {
        return lines.stream().filter(line -> startsWithAny(line, labels)).collect(Collectors.joining("\n"));
    }

    /** Whether the line's first words are one of {@code labels}, as whole words in any case. */
    private static boolean startsWithAny(String line, List<String> labels) {
        List<String> words = PhraseIndex.words(line.length() > 80 ? line.substring(0, 80) : line);
        for (String label : labels) {
            List<String> labelWords = PhraseIndex.words(label);
            if (!labelWords.isEmpty()
                    && words.size() >= labelWords.size()
                    && words.subList(0, labelWords.size()).equals(labelWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The labels of the form's fields: "Label: value" anywhere in a line, and the first cell of a table row ("Full
     * name | Example"), as a form exported as a table labels its values.
     */
    private static String fields(List<String> lines) {
        List<String> labels = new ArrayList<>();
        for (String line : lines) {
            Matcher cell = TABLE_LABEL.matcher(line);
            if (cell.lookingAt() && cell.group(1).strip().split("\\s+").length <= 4) {
                labels.add(cell.group(1).strip().toLowerCase(Locale.ROOT));
            }
            Matcher m = FIELD_LABEL.matcher(line);
            while (m.find()) {
                String label = m.group(1).strip();
                if (!label.isEmpty() && label.split("\\s+").length <= 6) {
                    labels.add(label.toLowerCase(Locale.ROOT));
                }
            }
        }
        return String.join("\n", labels);
    }

    private static List<String> metadata(ExtractedDocument document, DocumentMetadata metadata) {
        List<String> meta = new ArrayList<>();
        addIfPresent(meta, "title", metadata.title());
        addIfPresent(meta, "type", metadata.type());
        addIfPresent(meta, "source", metadata.source());
        addIfPresent(meta, "author", metadata.author());
        addIfPresent(meta, "file title", document.metadata().get("title"));
        addIfPresent(
                meta, "file", document.file().replaceFirst("\\.[^./]*$", "").replaceAll("[_/-]+", " "));
        return meta;
    }

    /** A one-sentence sign-off that names its author: "Log kept by Mr Example, Head of Year." */
    private static boolean namesAuthor(String line) {
        return !line.isEmpty()
                && !Character.isDigit(line.charAt(0))
                && !line.substring(0, line.length() - 1).contains(". ")
                && BY_NAME.matcher(line).find();
    }

    /**
     * A line of the body rather than a heading or a name: a sentence, or a dated entry. The full stop of an initial
     * or a title ("M. Example", "Dr. Example") ends no sentence.
     */
    private static boolean entry(String line) {
        String plain = ABBREVIATION.matcher(line).replaceAll("$1");
        return plain.endsWith(".") || plain.contains(". ") || (!line.isEmpty() && Character.isDigit(line.charAt(0)));
    }

    /** A letterhead line: short, and not a sentence. */
    private static boolean heading(String line) {
        return line.split("\\s+").length <= HEADING_WORDS && !line.endsWith(".");
    }

    private static void addIfPresent(List<String> meta, String field, String value) {
        if (value != null && !value.isBlank()) {
            meta.add(field + ": " + value.strip());
        }
    }
}
