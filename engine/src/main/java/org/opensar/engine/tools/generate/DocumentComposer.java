package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes one original document from a template: its text, its answer, its file name and its metadata. */
final class DocumentComposer {

    private static final List<String> FAMILY_WRITERS = List.of("mum", "dad", "nan", "sib");
    private static final List<String> UNHELPFUL_TITLES = List.of("Document upload", "Attachment", "Scan", "Doc1");
    private static final List<String> WITHHELD_TYPES = List.of("Police", "Health", "Finance", "Legal");
    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss '+0000'", Locale.UK);

    private final Cast cast;

    DocumentComposer(Cast cast) {
        this.cast = cast;
    }

    /** The roles a template may name indirectly: {@code author}, and {@code writer} for family letters. */
    Map<String, String> aliases(DocumentKind kind, Random random) {
        String writer = FAMILY_WRITERS.get(random.nextInt(FAMILY_WRITERS.size()));
        return Map.of("writer", writer, "author", kind.authorRole().equals("writer") ? writer : kind.authorRole());
    }

    GeneratedDocument compose(
            Template template,
            TemplateRenderer renderer,
            DocumentFormat format,
            LocalDate date,
            int index,
            Random random) {
        DocumentKind kind = template.kind();
        String title = template.titles().get(random.nextInt(template.titles().size()));
        List<HardCase> hard = new ArrayList<>();
        MarkedText text = new MarkedText();
        if (format == DocumentFormat.EML) {
            String to = kind.authorRole().equals("sw") ? "tm" : "sw";
            text.append(renderer.render("From: {author.full} <{author.email}>\nTo: {" + to + ".full} <{" + to
                    + ".email}>\nSubject: " + title + "\nDate: "
                    + MAIL_DATE.format(date.atTime(9 + random.nextInt(8), random.nextInt(60))) + "\n\n"));
        }
        if (!template.headers().isEmpty()) {
            text.append(renderer.render(pick(template.headers(), random))).plain("\n\n");
        }
        boolean isLong = random.nextDouble() < kind.longChance();
        if (kind.entryStepDays() > 0) {
            datedEntries(text, template, renderer, random, entryCount(kind, random, hard), targetLines(isLong, random));
        } else {
            sections(text, template, renderer, random, isLong ? targetLines(true, random) : 0);
        }
        if (!template.footers().isEmpty()) {
            text.append(renderer.render(pick(template.footers(), random))).plain("\n");
        }
        if (kind == DocumentKind.CIC_REVIEW
                || kind == DocumentKind.PLACEMENT_INFORMATION_RECORD
                || kind == DocumentKind.FINANCE
                || kind == DocumentKind.CASE_TRANSFER) {
            hard.add(HardCase.SAME_FORM);
        }
        GeneratedDocument.Metadata metadata = metadata(kind, title, renderer, random, hard);
        boolean scanned = format == DocumentFormat.SCANNED_PDF;
        if (scanned) {
            hard.add(HardCase.SCANNED);
        }
        String stem = scanned ? String.format("SCAN_%05d", index) : date + " " + slug(metadata.title()) + " " + index;
        String folder = random.nextInt(100) < 85 ? kind.folder() : "Uploads";
        String file = "documents/" + date.getYear() + "/" + folder + "/" + stem + "." + format.extension();
        return new GeneratedDocument(
                file,
                kind,
                template.family(),
                format,
                scanned ? Disposition.REVIEW : kind.disposition(),
                scanned ? Reason.NEEDS_OCR : kind.reason(),
                null,
                List.copyOf(hard),
                date,
                text,
                metadata);
    }

    /** Log and chronology entries: drawn in any order, each a few days on, up to a count or a length. */
    private static void datedEntries(
            MarkedText text, Template template, TemplateRenderer renderer, Random random, int count, int targetLines) {
        List<String> pool = new ArrayList<>();
        for (int written = 0; count > 0 ? written < count : lines(text) < targetLines; written++) {
            if (pool.isEmpty()) {
                pool.addAll(template.entries());
                Collections.shuffle(pool, random);
            }
            if (written > 0) {
                renderer.advanceEntryDate(1 + random.nextInt(template.kind().entryStepDays()));
            }
            text.append(renderer.render(pool.remove(pool.size() - 1))).plain("\n\n");
        }
    }

    /**
     * Sections of a report or form, in the template's order, most of them present; a long document goes round
     * the sections again (new choices in each pass) until it reaches its length.
     */
    private static void sections(
            MarkedText text, Template template, TemplateRenderer renderer, Random random, int targetLines) {
        do {
            for (String entry : template.entries()) {
                if (random.nextInt(100) < 85 || template.entries().size() < 3) {
                    text.append(renderer.render(entry)).plain("\n\n");
                }
            }
        } while (lines(text) < targetLines);
    }

    private static int entryCount(DocumentKind kind, Random random, List<HardCase> hard) {
        if (kind == DocumentKind.PLACEMENT_LOG_ROUTINE) {
            return 1 + random.nextInt(10);
        }
        if (kind == DocumentKind.PLACEMENT_LOG && random.nextInt(100) < 25) {
            hard.add(HardCase.SHORT_MEANINGFUL);
            return 1;
        }
        return 0;
    }

    private static int targetLines(boolean isLong, Random random) {
        if (isLong) {
            return (10 + random.nextInt(21)) * PageLayout.LINES_PER_PAGE;
        }
        int roll = random.nextInt(100);
        int pages = roll < 45 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
        return pages * PageLayout.LINES_PER_PAGE - 10 - random.nextInt(25);
    }

    private GeneratedDocument.Metadata metadata(
            DocumentKind kind, String title, TemplateRenderer renderer, Random random, List<HardCase> hard) {
        String author = cast.member(renderer.authorRole()).fullName();
        String source = kind == DocumentKind.FAMILY_LETTER ? "Scanned post" : "Case management system";
        int roll = random.nextInt(100);
        if (roll < 12) {
            hard.add(HardCase.MISLEADING_METADATA);
            String type = kind.disposition() == Disposition.WITHHOLD
                    ? "Case Note"
                    : WITHHELD_TYPES.get(random.nextInt(WITHHELD_TYPES.size()));
            return new GeneratedDocument.Metadata("Document upload", type, "System", source);
        }
        if (roll < 40) {
            return new GeneratedDocument.Metadata(
                    pick(UNHELPFUL_TITLES, random), random.nextBoolean() ? "Attachment" : "Document", "System", source);
        }
        return new GeneratedDocument.Metadata(title, kind.type(), author, source);
    }

    private static int lines(MarkedText text) {
        return PageLayout.wrap(text.text()).size();
    }

    static String slug(String title) {
        return title.replaceAll("[^A-Za-z0-9]+", " ").strip();
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
