package org.opensar.engine.cctv;

import java.time.Duration;

/** What a piece of footage is: its format, its picture size, and how long it runs. */
public record FootageInfo(ContainerFormat container, int width, int height, long frames, Duration duration) {

    /** Frames a second, worked out from the count and the length (0 when either is unknown). */
    public double frameRate() {
        return duration.isZero() || frames <= 0 ? 0 : frames / (duration.toMillis() / 1000.0);
    }
}
