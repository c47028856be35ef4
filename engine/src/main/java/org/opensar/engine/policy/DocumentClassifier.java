package org.opensar.engine.policy;

import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;

/** Pipeline stage: decides what happens to one document under the council's disclosure policy. */
public interface DocumentClassifier {

    Decision classify(ExtractedDocument document, DocumentMetadata metadata);
}
