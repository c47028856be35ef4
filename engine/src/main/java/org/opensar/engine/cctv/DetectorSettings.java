package org.opensar.engine.cctv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the detector's models are and how hard it looks. The face, upper-body and plate cascades are OpenCV's, from
 * Debian's {@code opencv-data} package ({@code /usr/share/opencv4}, Intel's BSD-style licence); the people detector
 * (HOG, Dalal and Triggs) is built into OpenCV itself. Nothing is downloaded.
 *
 * <p>{@code smallestFace} is the smallest face side in pixels looked for: stills whose faces could be smaller than the
 * cascades' 24-pixel window are enlarged first, which costs time. {@code minNeighbours} is how many overlapping
 * detections a face needs: 2 rather than OpenCV's 3, because a missed face is worse than a box the officer removes.
 */
public record DetectorSettings(Path models, int smallestFace, int minNeighbours, double scaleStep) {

    /** Debian's opencv-data puts the cascades here. */
    public static final Path DEBIAN_MODELS = Path.of("/usr/share/opencv4");

    public static final DetectorSettings DEFAULT = new DetectorSettings(DEBIAN_MODELS, 20, 2, 1.08);

    public DetectorSettings withModels(Path folder) {
        return new DetectorSettings(folder, smallestFace, minNeighbours, scaleStep);
    }

    /** Why the detector cannot run, if it cannot: its models are missing. */
    public Optional<String> unavailable() {
        for (Cascade cascade : Cascade.values()) {
            if (!Files.isReadable(cascade.file(models))) {
                return Optional.of("OpenCV's " + cascade.fileName() + " is not in " + models
                        + ": install Debian's opencv-data package (apt-get install opencv-data), or set"
                        + " OPENSAR_CCTV_MODELS to the folder holding haarcascades/ and lbpcascades/.");
            }
        }
        return Optional.empty();
    }
}
