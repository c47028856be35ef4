package org.opensar.engine.policy;

import java.util.List;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * Pipeline stage: decides what happens to one document under the council's disclosure policy. The case's people list
 * (case.json) says who an author named in the document is: an independent social worker, a relative, a member of
 * staff.
 */
public interface DocumentClassifier {

    Decision classify(ExtractedDocument document, DocumentMetadata metadata, List<Person> people);

    /** A document of a case whose people are not known. */
    default Decision classify(ExtractedDocument document, DocumentMetadata metadata) {
        return classify(document, metadata, List.of());
    }
}
