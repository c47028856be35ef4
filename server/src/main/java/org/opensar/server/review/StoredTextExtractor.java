package org.opensar.server.review;

import java.util.UUID;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;

/**
 * The text processing stored for each document of a case file, for rendering and checking its bundle: no file is
 * parsed and no scan OCR'd again (only the pages shown as images are read again, for where their words are). A
 * document whose text was not kept is read from its file by {@code files}. The stored text carries none of the
 * file's own metadata.
 */
final class StoredTextExtractor implements TextExtractor {

    private final StoredTexts texts;
    private final UUID caseFile;
    private final TextExtractor files;

    StoredTextExtractor(StoredTexts texts, UUID caseFile, TextExtractor files) {
        this.texts = texts;
        this.caseFile = caseFile;
        this.files = files;
    }

    @Override
    public ExtractedDocument extract(CaseDocument document) {
        return texts.of(caseFile, document.file())
                .flatMap(StoredTexts.StoredText::extracted)
                .orElseGet(() -> files.extract(document));
    }
}
