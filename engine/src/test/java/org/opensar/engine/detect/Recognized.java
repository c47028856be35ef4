package org.opensar.engine.detect;

import java.util.List;

/** Runs one recognizer on a text and returns what it matched, for recognizer tables. */
final class Recognized {

    private Recognized() {}

    static List<String> texts(PersonalDataRecognizer recognizer, String text) {
        return recognizer.recognize(TokenizedText.of(text)).stream()
                .map(RecognizerResult::text)
                .toList();
    }
}
