package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
record DocumentRegions(
        String letterhead,
        String title,
        String signature,
        String addressee,
        String fields,
        String text,
        List<String> metadata) {

    private static final int TITLE_LINES = 3;
    private static final int HEADING_WORDS = 8;
    private static final int TITLE_WORDS = 14;
    private static final int SIGN_OFF_WORDS = 10;
    /** "Label: value" at the start of a line or after a wide gap, a tab, a bar or a semicolon. */
    static final Pattern FIELD_LABEL = Pattern.compile(
            "(?:^|\\s{2,}|\\t|\\|\\s*|;\\s*)(\\p{L}[\\p{L}\\p{N}'\u2019()/&\\- ]{0,40}?)\\s*:(?=\\s|$)");

    static DocumentRegions of(ExtractedDocument document, DocumentMetadata metadata, DisclosurePolicy policy) {
        List<String> firstLines = document.pages().isEmpty()
                ? List.of()
                : AddedLines.strip(document.pages().get(0))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .limit(policy.letterheadLines())
                        .toList();
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
                linesStartingWith(lines, policy.addresseeLabels()),
                fields(lines),
                document.fullText(),
                metadata(document, metadata));
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
                    && !entry(line)
                    && !FIELD_LABEL.matcher(line).find();
            if (labelled || signOff) {
                sign.add(line);
            }
        }
        return String.join("\n", sign);
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

    private static String fields(List<String> lines) {
        List<String> labels = new ArrayList<>();
        for (String line : lines) {
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

    /** A line of the body rather than a heading or a name: a sentence, or a dated entry. */
    private static boolean entry(String line) {
        return line.endsWith(".") || line.contains(". ") || (!line.isEmpty() && Character.isDigit(line.charAt(0)));
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
