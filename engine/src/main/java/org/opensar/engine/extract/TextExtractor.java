package org.opensar.engine.extract;

import org.opensar.engine.casefile.CaseDocument;

/** Pipeline stage: the text of one document. Never throws: every failure is an outcome of that document. */
public interface TextExtractor {

    ExtractedDocument extract(CaseDocument document);
}
