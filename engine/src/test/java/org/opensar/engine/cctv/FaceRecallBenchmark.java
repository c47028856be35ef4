package org.opensar.engine.cctv;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Recall of the still detector on faces of the sizes CCTV gives, and its time per 1280 by 720 still. The faces are
 * the 100 of scikit-image's {@code lfw_subset.npy} (25 by 25 grey crops from Labeled Faces in the Wild, with 100
 * crops of backgrounds labelled non-face), which Debian's python3-skimage package ships in
 * /usr/lib/python3/dist-packages/skimage/data/. Each face is scaled to 20 to 80 pixels and placed, ten to a still, on
 * a generated street scene; a face counts as found when a face proposal would hide it (covers 80% of it and is at
 * most three times its width). The non-face crops are placed the same way to count false faces.
 *
 * <p>Run: {@code ./mvnw -q -o -pl engine test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java
 * -Dexec.mainClass=org.opensar.engine.cctv.FaceRecallBenchmark -Dexec.classpathScope=test
 * [-Dexec.args="PATH [SMALLEST_FACE MIN_NEIGHBOURS [SIZES]]"]}.
 * Not a unit test: it needs python3-skimage's data file, and its time depends on the machine.
 */
public final class FaceRecallBenchmark {

    static final Path LFW = Path.of("/usr/lib/python3/dist-packages/skimage/data/lfw_subset.npy");
    private static final int[] SIZES = {20, 24, 28, 32, 40, 48, 64, 80};
    private static final int PER_STILL = 10;

    private FaceRecallBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path data = args.length > 0 ? Path.of(args[0]) : LFW;
        float[][] crops = crops(data);
        DetectorSettings settings = DetectorSettings.DEFAULT;
        if (args.length > 2) {
            settings = new DetectorSettings(
                    settings.models(), Integer.parseInt(args[1]), Integer.parseInt(args[2]), settings.scaleStep());
        }
        int[] sizes = args.length > 3
                ? java.util.Arrays.stream(args[3].split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : SIZES;
        System.out.println("smallest face " + settings.smallestFace() + " px, " + settings.minNeighbours()
                + " neighbours, scale step " + settings.scaleStep());
        OpenCvStillDetector detector = new OpenCvStillDetector(settings, null);
        detector.detect(scene(new Random(0)));
        System.out.println("size  faces found recall  false faces per still (non-face crops)");
        long totalNanos = 0;
        long stills = 0;
        for (int size : sizes) {
            long[] faces = run(detector, crops, 0, size);
            long[] background = run(detector, crops, 100, size);
            totalNanos += faces[2] + background[2];
            stills += faces[3] + background[3];
            System.out.printf(
                    Locale.ROOT,
                    "%3d px  %3d  %3d  %5.1f%%  %.2f%n",
                    size,
                    faces[0],
                    faces[1],
                    100.0 * faces[1] / faces[0],
                    (double) background[4] / background[3]);
        }
        System.out.printf(
                Locale.ROOT, "time per 1280x720 still: %.2f s (%d stills)%n", totalNanos / 1e9 / stills, stills);
    }

    /** Crops {@code from} to {@code from + 99} at {@code size}: {placed, found, nanos, stills, false faces}. */
    private static long[] run(OpenCvStillDetector detector, float[][] crops, int from, int size) {
        Random random = new Random(size * 31L + from);
        int placed = 0;
        int found = 0;
        int falseFaces = 0;
        int stills = 0;
        long nanos = 0;
        for (int start = from; start < from + 100; start += PER_STILL) {
            BufferedImage still = scene(random);
            List<Box> truth = new ArrayList<>();
            Graphics2D g = still.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (int i = start; i < start + PER_STILL; i++) {
                Box box = free(truth, size, random);
                g.drawImage(crop(crops[i]), box.x(), box.y(), size, size, null);
                truth.add(box);
            }
            g.dispose();
            long began = System.nanoTime();
            List<ProposedRegion> faces = detector.detect(still).stream()
                    .filter(r -> r.kind() == RegionKind.FACE)
                    .toList();
            nanos += System.nanoTime() - began;
            stills++;
            for (Box face : truth) {
                placed++;
                if (faces.stream().anyMatch(r -> StillDetectionTest.covers(r.box(), face))) {
                    found++;
                }
            }
            falseFaces += (int) faces.stream()
                    .filter(r -> from == 100 || truth.stream().noneMatch(t -> StillDetectionTest.covers(r.box(), t)))
                    .count();
        }
        return new long[] {placed, found, nanos, stills, falseFaces};
    }

    private static BufferedImage scene(Random random) {
        Color ground = new Color(90 + random.nextInt(80), 90 + random.nextInt(80), 90 + random.nextInt(80));
        return SyntheticFootage.frame(1280, 720, new SyntheticFootage.Scene(ground, List.of(), ""), random.nextInt(64));
    }

    private static Box free(List<Box> taken, int size, Random random) {
        while (true) {
            Box box = new Box(20 + random.nextInt(1280 - size - 40), 20 + random.nextInt(720 - size - 60), size, size);
            if (taken.stream().allMatch(t -> t.grown(0.5, 1280, 720).overlap(box) == 0)) {
                return box;
            }
        }
    }

    private static BufferedImage crop(float[] pixels) {
        BufferedImage image = new BufferedImage(25, 25, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < pixels.length; i++) {
            int grey = Math.round(Math.max(0, Math.min(1, pixels[i])) * 255);
            image.setRGB(i % 25, i / 25, grey << 16 | grey << 8 | grey);
        }
        return image;
    }

    /** The 200 crops of a NumPy {@code .npy} file of shape (200, 25, 25), float64, little-endian. */
    static float[][] crops(Path npy) throws IOException {
        if (!Files.isReadable(npy)) {
            throw new IOException(npy + " is missing: apt-get install python3-skimage (or unpack its .deb with dpkg -x)"
                    + " and give the path of lfw_subset.npy");
        }
        byte[] all = Files.readAllBytes(npy);
        int header = 10 + (all[8] & 0xff) + ((all[9] & 0xff) << 8);
        String description = new String(all, 10, header - 10, java.nio.charset.StandardCharsets.US_ASCII);
        if (!description.contains("'<f8'") || !description.contains("(200, 25, 25)")) {
            throw new IOException(npy + " is not scikit-image's lfw_subset (200 crops of 25 by 25): " + description);
        }
        ByteBuffer values = ByteBuffer.wrap(all, header, all.length - header).order(ByteOrder.LITTLE_ENDIAN);
        float[][] crops = new float[200][625];
        for (float[] crop : crops) {
            for (int i = 0; i < crop.length; i++) {
                crop[i] = (float) values.getDouble();
            }
        }
        return crops;
    }
}
