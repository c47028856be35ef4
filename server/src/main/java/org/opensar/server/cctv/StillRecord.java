package org.opensar.server.cctv;

import java.time.Instant;
import java.util.UUID;
import org.opensar.engine.cctv.Obscuring;

/**
 * A still: a frame the officer chose from footage (which footage, which frame and when in it) or a picture the control
 * room exported on its own (its file name), and how others are obscured.
 */
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
        Instant chosenAt,
        String fileName) {

    public String at() {
        return FootageRecord.clock(atMs);
    }

    /** Which still, in the officer's words: "at 0:12" into the footage, or the uploaded picture's file name. */
    public String label() {
        return uploaded() ? fileName : "at " + at();
    }

    /** Whether the control room sent it as a picture, rather than the officer choosing it from footage. */
    public boolean uploaded() {
        return fileName != null;
    }
}
