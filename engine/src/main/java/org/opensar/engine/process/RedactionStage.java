package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.policy.Decision;

/**
 * Pipeline stage that proposes redactions for a document while its text is at hand: {@link PersonalDataRedactions}
 * in the product, {@link #NONE} where a test wants decisions only.
 */
public interface RedactionStage {

    /** Proposes no redactions. */
    RedactionStage NONE = (description, document, decision) -> List.of();

    List<Redaction> propose(CaseDescription description, ExtractedDocument document, Decision decision);

    /** Proposes redactions in {@code text}, what the bundle prints as a document's {@code part} (its title...). */
    default List<Redaction> proposeIn(CaseDescription description, DocumentPart part, String text) {
        return List.of();
    }
}
