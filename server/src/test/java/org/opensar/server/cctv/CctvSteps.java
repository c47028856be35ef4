package org.opensar.server.cctv;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opensar.engine.cctv.SyntheticFootage;

/** Generated footage for the CCTV tests, and waiting for its timeline. */
public final class CctvSteps {

    /** The requester, walking on the left of the frame; a passer-by on the right. */
    public static final SyntheticFootage.Person REQUESTER = new SyntheticFootage.Person(120, 70, 56);

    public static final SyntheticFootage.Person PASSER_BY = new SyntheticFootage.Person(440, 90, 44);

    private CctvSteps() {}

    /**
     * Four seconds at 25 frames a second, 640 by 360: two seconds of a street with the requester and a passer-by, then
     * two of a shop doorway with the same two: a scene change at 2 seconds, key frames every second.
     */
    public static Path clip(Path folder) throws IOException {
        Path file = folder.resolve("export.mp4");
        SyntheticFootage.write(
                file,
                640,
                360,
                25,
                List.of(
                        new SyntheticFootage.Scene(new Color(120, 130, 125), List.of(REQUESTER, PASSER_BY), ""),
                        new SyntheticFootage.Scene(new Color(180, 160, 120), List.of(REQUESTER, PASSER_BY), "")),
                50);
        return file;
    }

    /** Waits for the footage's timeline to be made, by whichever node's scheduler takes it. */
    static FootageRecord sampled(FootageLibrary library, FootageRecord footage) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        FootageRecord now = footage;
        while (now.status() == FootageStatus.SAMPLING) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the footage's timeline was not made in 2 minutes");
            }
            Thread.sleep(200);
            now = library.get(new org.opensar.server.casework.CaseReference(footage.reference()), footage.id());
        }
        return now;
    }
}
