package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DocumentPart;

/**
 * Pipeline stage that proposes redactions for a document's text: {@link PersonalDataRedactions} in the product,
 * {@link #NONE} where a test wants decisions only. {@code pageStarts} says where each page starts in the text.
 */
public interface RedactionStage {

    /** Proposes no redactions. */
    RedactionStage NONE = (description, text, pageStarts) -> List.of();

    List<Redaction> propose(CaseDescription description, String text, List<Integer> pageStarts);

    /** Proposes redactions in {@code text}, what the bundle prints as a document's {@code part} (its title...). */
    default List<Redaction> proposeIn(CaseDescription description, DocumentPart part, String text) {
        return List.of();
    }
}
