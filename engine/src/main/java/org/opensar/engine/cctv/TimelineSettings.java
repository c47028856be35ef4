package org.opensar.engine.cctv;

import java.time.Duration;

/**
 * How the timeline is sampled: a key frame at least every {@code interval}, and every key frame that differs from the
 * one before by more than {@code sceneChange} (the mean difference of their grey levels on a 32 by 18 grid, 0 to 1);
 * thumbnails {@code thumbnailWidth} pixels wide; key frames decoded on {@code threads} threads.
 */
public record TimelineSettings(Duration interval, double sceneChange, int thumbnailWidth, int threads) {

    /**
     * Every 10 seconds; a change of 6% of the grey range: a person walking into a fixed camera's view at CCTV
     * distances moves a few cells of the grid by a third of the range, while noise and compression move it by under
     * 1% (measured on the generated clips in TimelineSamplerTest).
     */
    public static final TimelineSettings DEFAULT = new TimelineSettings(Duration.ofSeconds(10), 0.06, 240, 2);

    public TimelineSettings {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the timeline interval must be positive, not " + interval);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread decodes the footage, not " + threads);
        }
    }

    public TimelineSettings withInterval(Duration every) {
        return new TimelineSettings(every, sceneChange, thumbnailWidth, threads);
    }

    public TimelineSettings withThreads(int count) {
        return new TimelineSettings(interval, sceneChange, thumbnailWidth, count);
    }
}
