package org.opensar.server.cctv;

import java.time.Instant;
import java.util.UUID;
import org.opensar.engine.cctv.Obscuring;

/** A frame the officer chose as a still: from which footage, which frame and when in it, and how others are obscured. */
public record StillRecord(
        long id,
        UUID footageId,
        String reference,
        long frame,
        long atMs,
        int width,
        int height,
        Obscuring obscuring,
        String chosenBy,
        Instant chosenAt) {

    public String at() {
        return FootageRecord.clock(atMs);
    }
}
