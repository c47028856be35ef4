package org.opensar.engine.tools.generate;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How a record system ends up holding the same document twice. Every copy is REMOVE / DUPLICATE in the
 * answer key, pointing at the original.
 */
enum CopyStyle {
    /** The same file uploaded again under another name. */
    EXACT_COPY(HardCase.EXACT_COPY),
    /** The same note saved as PDF and as DOCX. */
    OTHER_FORMAT_COPY(HardCase.OTHER_FORMAT_COPY),
    /** A printout scanned back in: a "Printed by ... on ..." line above the same text. */
    PRINT_HEADER_COPY(HardCase.PRINT_HEADER_COPY),
    /** The same words with the lines broken in other places. */
    REFLOWED_COPY(HardCase.REFLOWED_COPY);

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private final HardCase hardCase;

    CopyStyle(HardCase hardCase) {
        this.hardCase = hardCase;
    }

    GeneratedDocument copy(GeneratedDocument original, int index, Random random, Cast cast) {
        MarkedText text = switch (this) {
            case EXACT_COPY, OTHER_FORMAT_COPY -> original.text();
            case PRINT_HEADER_COPY ->
                new MarkedText()
                        .plain("Printed by ")
                        .keep(cast.member(random.nextBoolean() ? "sw" : "tm").fullName(), KeepReason.STAFF)
                        .plain(" on "
                                + PRINTED.format(original.date()
                                        .plusDays(30 + random.nextInt(900))
                                        .atTime(14, 5))
                                + "\n\n")
                        .append(original.text());
            case REFLOWED_COPY -> original.text().withSameLengthText(t -> reflow(t, 55 + random.nextInt(25)));
        };
        DocumentFormat format = switch (this) {
            case EXACT_COPY -> original.format();
            case OTHER_FORMAT_COPY ->
                original.format() == DocumentFormat.PDF ? DocumentFormat.DOCX : DocumentFormat.PDF;
            case PRINT_HEADER_COPY -> DocumentFormat.PDF;
            case REFLOWED_COPY -> original.format() == DocumentFormat.TXT ? DocumentFormat.PDF : DocumentFormat.TXT;
        };
        if (format == DocumentFormat.EML && this != EXACT_COPY) {
            format = DocumentFormat.PDF;
        }
        String stem = original.file()
                .substring(original.file().lastIndexOf('/') + 1, original.file().lastIndexOf('.'));
        String file = "documents/" + original.date().getYear() + "/Uploads/" + stem + " copy " + index + "."
                + format.extension();
        return new GeneratedDocument(
                file,
                original.kind(),
                original.family(),
                format,
                Disposition.REMOVE,
                Reason.DUPLICATE,
                original.file(),
                List.of(hardCase),
                original.date(),
                text,
                original.metadata());
    }

    /** Breaks each paragraph's lines at another width by turning spaces into line breaks. */
    static String reflow(String text, int width) {
        char[] chars = text.toCharArray();
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else if (chars[i] == ' ') {
                lastSpace = i;
            }
            if (i - lineStart >= width && lastSpace > lineStart) {
                chars[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return new String(chars);
    }
}
