package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decides, document by document, what the case file holds: the kind, the phrasing family, the format, the
 * date, and which documents are copies of earlier ones. The first documents cover every kind, format and
 * kind of copy, so even a small case exercises everything; the rest follow realistic weights.
 */
final class DocumentPlanner {

    static final DocumentKind[] KINDS = DocumentKind.values();
    /** The formats of originals: a searchable scan or a mailbox is only ever a copy's or a conversation's. */
    private static final DocumentFormat[] FORMATS = {
        DocumentFormat.PDF,
        DocumentFormat.DOCX,
        DocumentFormat.RTF,
        DocumentFormat.ODT,
        DocumentFormat.TXT,
        DocumentFormat.HTML,
        DocumentFormat.EML,
        DocumentFormat.SCANNED_PDF
    };

    private static final int[] FORMAT_WEIGHTS = {35, 25, 5, 5, 8, 5, 10, 7};
    static final CopyStyle[] COPY_STYLES = CopyStyle.values();
    private static final int RECENT_ORIGINALS = 30;

    private final Cast cast;
    private final Map<DocumentKind, List<Template>> templates;
    private final Map<String, KeepReason> keptWords;
    private final GeneratorOptions options;
    private final DocumentComposer composer;
    private final Deque<GeneratedDocument> recentOriginals = new ArrayDeque<>();
    private final CouncilPlanner council;

    DocumentPlanner(
            Cast cast,
            Map<DocumentKind, List<Template>> templates,
            Map<String, KeepReason> keptWords,
            GeneratorOptions options) {
        this.cast = cast;
        this.templates = templates;
        this.keptWords = keptWords;
        this.options = options;
        this.composer = new DocumentComposer(cast);
        this.council = options.copies() == CopyMix.COUNCIL
                ? new CouncilPlanner(this, cast, keptWords, options.documents())
                : null;
    }

    GeneratedDocument next(int index) {
        if (council != null) {
            return council.next(index);
        }
        Random random = random(index);
        CopyStyle copy = copyStyle(index, random);
        if (copy != null && !recentOriginals.isEmpty()) {
            return copy.copy(recentOriginal(random), index, random, cast);
        }
        return remember(original(index, random, null, null));
    }

    Random random(int index) {
        return new Random(options.seed() * 1_000_003L + index * 7_919L);
    }

    boolean hasOriginals() {
        return !recentOriginals.isEmpty();
    }

    /** One of the last originals to disclose, for a copy to copy. */
    GeneratedDocument recentOriginal(Random random) {
        List<GeneratedDocument> originals = new ArrayList<>(recentOriginals);
        return originals.get(random.nextInt(originals.size()));
    }

    /**
     * A new document written from a template: of {@code kind} and in {@code format} when they are given, otherwise
     * of the kind and format this index gets (one of each first, then by realistic weights).
     */
    GeneratedDocument original(int index, Random random, DocumentKind givenKind, DocumentFormat givenFormat) {
        DocumentKind kind = givenKind != null ? givenKind : index < KINDS.length ? KINDS[index] : weightedKind(random);
        DocumentFormat format = givenFormat != null
                ? givenFormat
                : index < FORMATS.length ? FORMATS[index] : weightedFormat(kind, random);
        Template template = family(kind, random);
        LocalDate date = date(index, random);
        if (kind == DocumentKind.PERSONAL_ADVISOR_NOTE && date.isBefore(leavingCareAge())) {
            date = leavingCareAge().plusDays(random.nextInt(700));
        }
        TemplateRenderer renderer = new TemplateRenderer(cast, keptWords, random, date, composer.aliases(kind, random));
        return composer.compose(template, renderer, format, date, index, random);
    }

    /** Keeps {@code document} among the originals a later copy may copy, when it is one; returns it. */
    GeneratedDocument remember(GeneratedDocument document) {
        boolean copiable = switch (document.format()) {
            case SCANNED_PDF, SEARCHABLE_SCAN, MBOX -> false;
            default -> true;
        };
        if (document.disposition() == Disposition.DISCLOSE && copiable) {
            recentOriginals.addLast(document);
            if (recentOriginals.size() > RECENT_ORIGINALS) {
                recentOriginals.removeFirst();
            }
        }
        return document;
    }

    private CopyStyle copyStyle(int index, Random random) {
        int forced = index - KINDS.length;
        if (forced >= 0 && forced < COPY_STYLES.length) {
            return COPY_STYLES[forced];
        }
        return index > KINDS.length && random.nextInt(100) < 8 ? COPY_STYLES[random.nextInt(COPY_STYLES.length)] : null;
    }

    private Template family(DocumentKind kind, Random random) {
        List<Template> families = templates.get(kind);
        if (!options.families().isEmpty()) {
            List<Template> named = families.stream()
                    .filter(t -> options.families().contains(t.family()))
                    .toList();
            if (named.isEmpty()) {
                throw new IllegalArgumentException("no template family " + options.families() + " for " + kind.id());
            }
            return named.get(random.nextInt(named.size()));
        }
        boolean heldOut = switch (options.heldOut()) {
            case ONLY -> true;
            case EXCLUDE -> false;
            case MIXED -> random.nextInt(100) < 30;
        };
        List<Template> matching =
                families.stream().filter(t -> t.heldOut() == heldOut).toList();
        return matching.size() == 1 ? matching.get(0) : matching.get(random.nextInt(matching.size()));
    }

    private LocalDate date(int index, Random random) {
        long span = ChronoUnit.DAYS.between(cast.involvedFrom(), cast.involvedTo());
        long day = span * index / Math.max(1, options.documents()) + random.nextInt(60) - 30;
        return cast.involvedFrom().plusDays(Math.max(0, Math.min(span, day)));
    }

    private LocalDate leavingCareAge() {
        return cast.subject().dateOfBirth().plusYears(16);
    }

    private static DocumentKind weightedKind(Random random) {
        int total = 0;
        for (DocumentKind kind : KINDS) {
            total += kind.weight();
        }
        int pick = random.nextInt(total);
        for (DocumentKind kind : KINDS) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static DocumentFormat weightedFormat(DocumentKind kind, Random random) {
        if (kind == DocumentKind.FAMILY_LETTER && random.nextInt(100) < 30) {
            return DocumentFormat.SCANNED_PDF;
        }
        int pick = random.nextInt(100);
        for (int i = 0; i < FORMATS.length; i++) {
            pick -= FORMAT_WEIGHTS[i];
            if (pick < 0) {
                return FORMATS[i];
            }
        }
        return DocumentFormat.PDF;
    }
}
