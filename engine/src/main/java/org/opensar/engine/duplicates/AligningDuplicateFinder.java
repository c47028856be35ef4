package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds copies and documents inside others in two steps. The indexes ({@link CopyCandidates}) say which pairs share
 * enough text, or are messages of one conversation; each such pair's texts are then read again and lined up word by
 * word ({@link CopyComparison}), and the pair is kept only for what the alignment shows: copies when neither has
 * anything of substance the other lacks (print headers and footers, page numbers, OCR misreadings, a date stamp or a
 * short note about the copy do not count), or one inside the other when only the other has. A 10,000-document case
 * lines up a few pairs per document, not every pair.
 */
public final class AligningDuplicateFinder implements DuplicateFinder {

    /** Texts read again are kept for a while: a document is often lined up with several others in a row. */
    private static final int TEXTS_KEPT = 32;

    private final DuplicateSettings settings;

    public AligningDuplicateFinder(DuplicateSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<CopyRelation> find(List<DocumentFingerprint> fingerprints, DocumentTexts texts) {
        CopyCandidates candidates = CopyCandidates.of(fingerprints, settings.templateDocuments());
        List<CopyRelation> relations = new ArrayList<>();
        for (CopyCandidates.Exact same : candidates.exact()) {
            DocumentFingerprint first = fingerprints.get(same.first());
            for (int other : same.others()) {
                int words = first.traits().words();
                relations.add(new CopyRelation(
                        first.file(),
                        fingerprints.get(other).file(),
                        CopyRelation.Kind.SAME,
                        new CopyComparison(words, words, words, List.of(), List.of())));
            }
        }
        Map<String, ComparedText> kept = new LinkedHashMap<>(TEXTS_KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ComparedText> eldest) {
                return size() > TEXTS_KEPT;
            }
        };
        for (int[] pair : candidates.pairs()) {
            String a = fingerprints.get(pair[0]).file();
            String b = fingerprints.get(pair[1]).file();
            Optional<ComparedText> aText = text(a, texts, kept);
            Optional<ComparedText> bText = text(b, texts, kept);
            if (aText.isEmpty() || bText.isEmpty()) {
                continue;
            }
            CopyComparison comparison = CopyComparison.of(aText.get(), bText.get(), settings.noteWords());
            boolean aInB = comparison.firstInsideSecond();
            boolean bInA = comparison.secondInsideFirst();
            if (aInB && bInA) {
                relations.add(new CopyRelation(a, b, CopyRelation.Kind.SAME, comparison));
            } else if (aInB) {
                relations.add(new CopyRelation(a, b, CopyRelation.Kind.INSIDE, comparison));
            } else if (bInA) {
                relations.add(new CopyRelation(b, a, CopyRelation.Kind.INSIDE, comparison.reversed()));
            }
        }
        return relations;
    }

    private static Optional<ComparedText> text(String file, DocumentTexts texts, Map<String, ComparedText> kept) {
        ComparedText text = kept.get(file);
        if (text == null) {
            Optional<ComparedText> read = texts.text(file).map(ComparedText::of);
            read.ifPresent(t -> kept.put(file, t));
            return read;
        }
        return Optional.of(text);
    }
}
