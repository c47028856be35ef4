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
 * detections a face needs: fewer than OpenCV's 3, because a missed face is worse than a box the officer removes.
 */
public record DetectorSettings(Path models, int smallestFace, int minNeighbours, double scaleStep) {

    /** Debian's opencv-data puts the cascades here. */
    public static final Path DEBIAN_MODELS = Path.of("/usr/share/opencv4");

    /**
     * Faces from 12 pixels, so stills are enlarged twice and a 24-pixel face is 48 pixels to the cascades; one
     * neighbour. Measured on scikit-image's LFW faces (docs/measurements.md): enlarging twice rather than 1.2 times
     * took recall at 24 pixels from 55% to 65%, one neighbour rather than two to 71%, for a tenth of a false face a
     * still and about 1.5 times the time.
     */
    public static final DetectorSettings DEFAULT = new DetectorSettings(DEBIAN_MODELS, 12, 1, 1.08);

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
