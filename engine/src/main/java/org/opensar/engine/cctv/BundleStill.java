package org.opensar.engine.cctv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A still ready for the bundle: the obscured image (already verified), its title ("Camera 3, 14 March 2026,
 * 14:32:05"), the day it was recorded, and how many of each kind of thing were obscured on it.
 */
public record BundleStill(Path image, String title, LocalDate recordedOn, Map<RegionKind, Integer> obscured) {

    public BundleStill {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(title, "title");
        obscured = Map.copyOf(obscured);
    }

    /** What the caption says was obscured, e.g. "2 other people and 1 vehicle registration plate". */
    public String obscuredInWords() {
        StringBuilder words = new StringBuilder();
        int people = obscured.getOrDefault(RegionKind.FACE, 0) + obscured.getOrDefault(RegionKind.PERSON, 0);
        append(words, people, "other person", "other people");
        append(
                words,
                obscured.getOrDefault(RegionKind.VEHICLE_PLATE, 0),
                "vehicle registration plate",
                "vehicle registration plates");
        append(words, obscured.getOrDefault(RegionKind.TEXT, 0), "piece of readable text", "pieces of readable text");
        return words.isEmpty() ? "nothing" : words.toString();
    }

    private static void append(StringBuilder words, int count, String one, String many) {
        if (count == 0) {
            return;
        }
        if (!words.isEmpty()) {
            words.append(" and ");
        }
        words.append(count).append(' ').append(count == 1 ? one : many);
    }
}
