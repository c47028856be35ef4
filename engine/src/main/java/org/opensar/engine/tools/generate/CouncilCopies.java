package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Copies as councils make them, beyond the same file saved twice: records-system printouts (a header and footer on
 * every page, the lines laid out again, words hyphenated), those printouts scanned back in with the scanner's OCR
 * text, copies with a date stamp or a short note written above, and two that are more than copies: a version with an
 * addendum of substance, and a chronology with a whole note pasted into it. The copy styles are written from what
 * printers, scanners and post rooms do, without regard to how the disclosure engine finds copies.
 */
final class CouncilCopies {

    /** The copy styles this class writes, each removed as a duplicate of its original. */
    enum Style {
        PRINTED_COPY,
        SCANNED_PRINTOUT,
        DATE_STAMPED_COPY,
        NOTE_ADDED_COPY
    }

    private static final List<DateTimeFormatter> PRINT_DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK));
    private static final List<DateTimeFormatter> STAMP_DATES = List.of(
            DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    private final Cast cast;
    private final Map<String, KeepReason> keptWords;
    private final CopyWording wording;

    CouncilCopies(Cast cast, Map<String, KeepReason> keptWords, CopyWording wording) {
        this.cast = cast;
        this.keptWords = keptWords;
        this.wording = wording;
    }

    GeneratedDocument copy(Style style, GeneratedDocument original, int index, Random random) {
        LocalDate made = original.date().plusDays(7 + random.nextInt(900));
        return switch (style) {
            case PRINTED_COPY ->
                copy(
                        original,
                        printout(original, made, random),
                        null,
                        DocumentFormat.PDF,
                        made,
                        name(original, made, random.nextBoolean() ? "print" : "printed", index, DocumentFormat.PDF),
                        HardCase.PRINTED_COPY);
            case SCANNED_PRINTOUT -> {
                MarkedText printout = printout(original, made, random);
                MarkedText read = new OcrNoise(random, 0.01 + random.nextDouble() * 0.04).read(printout);
                String file = "documents/" + made.getYear() + "/Uploads/"
                        + (random.nextBoolean()
                                ? String.format("SCAN_%05d.pdf", index)
                                : "Scanned from MFD " + made + " " + index + ".pdf");
                yield copy(
                        original,
                        read,
                        printout,
                        DocumentFormat.SEARCHABLE_SCAN,
                        made,
                        file,
                        HardCase.SCANNED_PRINTOUT);
            }
            case DATE_STAMPED_COPY -> {
                MarkedText stamp = Tokens.fill(
                        renderer(made, random).render(wording.pick(CopyWording.Section.DATE_STAMP, random)),
                        Map.of("#STAMP#", pick(STAMP_DATES, random).format(made).toUpperCase(Locale.UK)));
                MarkedText text = random.nextInt(100) < 70
                        ? stamp.plain("\n\n").append(original.text())
                        : new MarkedText().append(original.text()).plain("\n\n").append(stamp);
                DocumentFormat format = readable(original, random);
                yield copy(
                        original,
                        text,
                        null,
                        format,
                        made,
                        name(original, made, "received", index, format),
                        HardCase.DATE_STAMPED_COPY);
            }
            case NOTE_ADDED_COPY -> {
                MarkedText text = renderer(made, random)
                        .render(wording.pick(CopyWording.Section.ADMIN_NOTE, random))
                        .plain("\n\n")
                        .append(original.text());
                DocumentFormat format = readable(original, random);
                yield copy(
                        original,
                        text,
                        null,
                        format,
                        made,
                        name(original, made, "file", index, format),
                        HardCase.NOTE_ADDED_COPY);
            }
        };
    }

    /**
     * A later version of {@code original} with an addendum of substance (above it or, more often, below): a document
     * of its own, kept; the original is wholly inside it.
     */
    GeneratedDocument withAddendum(GeneratedDocument original, int index, Random random) {
        LocalDate made = original.date().plusDays(1 + random.nextInt(60));
        MarkedText addendum = renderer(made, random).render(wording.pick(CopyWording.Section.ADDENDUM, random));
        MarkedText text = random.nextInt(100) < 80
                ? new MarkedText().append(original.text()).plain("\n\n").append(addendum)
                : addendum.plain("\n\n").append(original.text());
        DocumentFormat format = readable(original, random);
        String folder = original.file().substring(0, original.file().lastIndexOf('/'));
        String file = folder.replaceFirst("^documents/\\d{4}", "documents/" + made.getYear()) + "/" + made + " "
                + DocumentComposer.slug(original.metadata().title()) + " " + index + "." + format.extension();
        return new GeneratedDocument(
                file,
                original.kind(),
                original.family(),
                format,
                original.disposition(),
                original.reason(),
                null,
                List.of(HardCase.ADDS_SUBSTANTIVE_TEXT),
                made,
                text,
                original.metadata());
    }

    /**
     * {@code chronology} with the whole of {@code note} pasted in between two of its entries, sometimes under a line
     * saying what it is.
     */
    GeneratedDocument pasteInto(GeneratedDocument chronology, GeneratedDocument note, Random random) {
        MarkedText text = chronology.text();
        String plain = text.text();
        int at = plain.indexOf("\n\n", plain.length() / 3);
        at = at < 0 ? plain.length() : at + 2;
        MarkedText pasted = new MarkedText().append(text.slice(0, at));
        if (at == plain.length()) {
            pasted.plain("\n\n");
        }
        if (random.nextBoolean()) {
            pasted.plain(note.date() + " - " + note.metadata().title() + " (copied from the record):\n");
        }
        pasted.append(note.text()).plain("\n\n").append(text.slice(at, plain.length()));
        return new GeneratedDocument(
                chronology.file(),
                chronology.kind(),
                chronology.family(),
                chronology.format(),
                chronology.disposition(),
                chronology.reason(),
                null,
                List.of(HardCase.HOLDS_PASTED_NOTE),
                chronology.date(),
                pasted,
                chronology.metadata());
    }

    private MarkedText printout(GeneratedDocument original, LocalDate made, Random random) {
        LocalDateTime printed = made.atTime(8 + random.nextInt(10), random.nextInt(60));
        TemplateRenderer renderer = renderer(made, random);
        MarkedText header = Tokens.fill(
                renderer.render(wording.pick(CopyWording.Section.PRINT_HEADER, random)),
                Map.of(
                        "#PRINTED#", pick(PRINT_DATES, random).format(printed),
                        "#USER#", String.valueOf(1000 + random.nextInt(9000))));
        MarkedText footer = renderer.render(wording.pick(CopyWording.Section.PRINT_FOOTER, random));
        int width = 60 + random.nextInt(21);
        return new Printout(header, footer, width, random.nextInt(100) < 70).print(original.text());
    }

    private static GeneratedDocument copy(
            GeneratedDocument original,
            MarkedText text,
            MarkedText pictured,
            DocumentFormat format,
            LocalDate made,
            String file,
            HardCase style) {
        return new GeneratedDocument(
                file,
                original.kind(),
                original.family(),
                format,
                Disposition.REMOVE,
                Reason.DUPLICATE,
                original.file(),
                List.of(style),
                made,
                text,
                original.metadata(),
                pictured,
                null);
    }

    /** A copy's file: under Uploads or the original's folder, named by the day it was made, not as a copy. */
    private static String name(
            GeneratedDocument original, LocalDate made, String what, int index, DocumentFormat format) {
        return "documents/" + made.getYear() + "/Uploads/" + made + " "
                + DocumentComposer.slug(original.metadata().title()) + " " + what + " " + index + "."
                + format.extension();
    }

    /** The original's format when a copy can be saved in it, else PDF or DOCX. */
    private static DocumentFormat readable(GeneratedDocument original, Random random) {
        return switch (original.format()) {
            case PDF, DOCX, RTF, ODT, TXT, HTML -> original.format();
            default -> random.nextBoolean() ? DocumentFormat.PDF : DocumentFormat.DOCX;
        };
    }

    private TemplateRenderer renderer(LocalDate date, Random random) {
        return new TemplateRenderer(cast, keptWords, random, date, Map.of());
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
