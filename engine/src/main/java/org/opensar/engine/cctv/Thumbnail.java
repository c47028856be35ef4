package org.opensar.engine.cctv;

import java.time.Duration;
import java.util.Set;

/**
 * A small picture of one key frame for the timeline the officer chooses stills from: the frame's number, when it is
 * in the footage, why it was taken, and the picture as a JPEG.
 */
public record Thumbnail(long frame, Duration at, Set<Reason> reasons, byte[] jpeg) {

    /** Why a frame is on the timeline. */
    public enum Reason {
        START("start of the footage"),
        INTERVAL("regular interval"),
        SCENE_CHANGE("scene change");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Thumbnail {
        reasons = Set.copyOf(reasons);
    }
}
