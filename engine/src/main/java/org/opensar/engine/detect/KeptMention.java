package org.opensar.engine.detect;

/** Something a recognizer found that the keep rules leave in the disclosure, with the reason. */
public record KeptMention(
        String text,
        TextSpan span,
        PersonalDataType type,
        KeepReason reason,
        String recognizer,
        Explanation explanation) {}
