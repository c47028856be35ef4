package org.opensar.engine.cctv;

import java.util.Objects;

/**
 * Something a detector found on a still that may identify someone: its box, what it is, how sure the detector is
 * (0 to 1), and why it matched, in words an officer can check ("frontal face (Haar cascade
 * haarcascade_frontalface_default), 3 overlapping detections").
 */
public record ProposedRegion(Box box, RegionKind kind, double score, String explanation) {

    public ProposedRegion {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(kind, "kind");
        explanation = explanation == null ? "" : explanation;
    }
}
