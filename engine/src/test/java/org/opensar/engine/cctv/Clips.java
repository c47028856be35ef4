package org.opensar.engine.cctv;

import java.awt.Color;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Small generated clips for the tests: two scenes of 3 seconds at 25 frames a second, 640 by 360. */
final class Clips {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 25;
    static final int FRAMES_PER_SCENE = 75;

    static final SyntheticFootage.Scene STREET = new SyntheticFootage.Scene(
            new Color(120, 130, 125),
            List.of(new SyntheticFootage.Person(100, 80, 48), new SyntheticFootage.Person(400, 100, 40)),
            "");
    static final SyntheticFootage.Scene SHOP =
            new SyntheticFootage.Scene(new Color(190, 170, 120), List.of(new SyntheticFootage.Person(250, 60, 64)), "");

    private Clips() {}

    static Path twoScenes(Path folder) throws IOException {
        Path file = folder.resolve("clip.mp4");
        SyntheticFootage.write(file, WIDTH, HEIGHT, FPS, List.of(STREET, SHOP), FRAMES_PER_SCENE);
        return file;
    }

    static Footage open(Path file) throws IOException {
        return Footage.open(FileChannel.open(file, StandardOpenOption.READ));
    }
}
