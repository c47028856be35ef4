package org.opensar.engine.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;

/**
 * Extracts each document once for one release, though the withheld-text check, the renderer and the completeness
 * check each read it: the text is kept until {@link #clear()}. Documents are read on several threads at once; two
 * asking for the same one at the same moment may both extract it, which costs time but changes nothing.
 */
final class ExtractionCache implements TextExtractor {

    private final TextExtractor extractor;
    private final Map<String, ExtractedDocument> extracted = new ConcurrentHashMap<>();

    ExtractionCache(TextExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ExtractedDocument extract(CaseDocument document) {
        ExtractedDocument known = extracted.get(document.file());
        if (known != null) {
            return known;
        }
        ExtractedDocument read = extractor.extract(document);
        ExtractedDocument first = extracted.putIfAbsent(document.file(), read);
        return first != null ? first : read;
    }

    void clear() {
        extracted.clear();
    }
}
