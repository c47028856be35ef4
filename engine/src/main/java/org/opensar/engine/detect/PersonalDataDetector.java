package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;

/**
 * Finds third-party personal data in a text and proposes redactions, each with its reason. Build one per case with
 * {@link #forCase}; it is immutable and safe to use from several threads. Offsets are into the text given; the
 * caller maps them to pages. Detection never changes the text.
 */
public final class PersonalDataDetector {

    private final RecognizerRegistry registry;
    private final OverlapResolver overlaps;
    private final KeepRules keepRules;

    private PersonalDataDetector(RecognizerRegistry registry, KeepRules keepRules) {
        this.registry = registry;
        this.overlaps = new OverlapResolver(registry.names());
        this.keepRules = keepRules;
    }

    public static PersonalDataDetector forCase(CaseDescription description) {
        return new PersonalDataDetector(RecognizerRegistry.forCase(description), KeepRules.forCase(description));
    }

    /** A detector that knows no case: every name it finds is proposed for redaction. */
    public static PersonalDataDetector withoutCase() {
        return new PersonalDataDetector(RecognizerRegistry.withoutCase(), KeepRules.withoutCase());
    }

    /** The redactions proposed for the text, in text order. */
    public List<ProposedRedaction> detect(String text) {
        return analyse(text).redactions();
    }

    /** The proposed redactions and what was found but kept, with reasons. */
    public DetectionResult analyse(String text) {
        TokenizedText tokens = TokenizedText.of(text);
        List<RecognizerResult> found = new ArrayList<>();
        for (PersonalDataRecognizer recognizer : registry.recognizers()) {
            found.addAll(recognizer.recognize(tokens));
        }
        return keepRules.apply(text, overlaps.resolve(found));
    }
}
