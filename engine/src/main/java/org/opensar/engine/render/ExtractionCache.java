package org.opensar.engine.render;

import java.util.HashMap;
import java.util.Map;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;

/**
 * Extracts each document once for one release, though the withheld-text check, the renderer and the completeness
 * check each read it: the text is kept until {@link #clear()}.
 */
final class ExtractionCache implements TextExtractor {

    private final TextExtractor extractor;
    private final Map<String, ExtractedDocument> extracted = new HashMap<>();

    ExtractionCache(TextExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public synchronized ExtractedDocument extract(CaseDocument document) {
        return extracted.computeIfAbsent(document.file(), file -> extractor.extract(document));
    }

    synchronized void clear() {
        extracted.clear();
    }
}
