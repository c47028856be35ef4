package org.opensar.server.cctv;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Footage uploaded for a request: the file as it came, what it is, where its timeline is, and whether it is gone. */
public record FootageRecord(
        UUID id,
        String reference,
        String fileName,
        long sizeBytes,
        String sha256,
        String container,
        Integer width,
        Integer height,
        Long frames,
        Long durationMs,
        Integer keyFrames,
        FootageStatus status,
        String problem,
        String uploadedBy,
        Instant uploadedAt,
        Instant deletedAt,
        String deletedBy) {

    public Duration duration() {
        return durationMs == null ? Duration.ZERO : Duration.ofMillis(durationMs);
    }

    /** "12:05" or "1:02:05", as a player shows it. */
    public static String clock(long millis) {
        long seconds = millis / 1000;
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
