package org.opensar.engine.render;

import java.time.Instant;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;

/** A redaction box as drawn: which document, the page of the bundle it is on, and the decision behind it. */
public record PlacedRedaction(
        String file,
        int bundlePage,
        RedactionCode code,
        PersonalDataType type,
        RedactionReason reason,
        String decidedBy,
        Instant decidedAt) {}
