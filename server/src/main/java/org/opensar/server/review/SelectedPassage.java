package org.opensar.server.review;

import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;

/**
 * Words an officer selected to redact, between two offsets of the document's text, and why: another person's data of
 * {@code type}, or, when {@code exemption} is given, a passage kept back under it (serious harm with the appropriate
 * professional's {@code opinion}).
 */
public record SelectedPassage(int start, int end, PersonalDataType type, RedactionReason exemption, String opinion) {

    /** Another person's data of {@code type}. */
    public static SelectedPassage of(int start, int end, PersonalDataType type) {
        return new SelectedPassage(start, end, type, null, null);
    }
}
