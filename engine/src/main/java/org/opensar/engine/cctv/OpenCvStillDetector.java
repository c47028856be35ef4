package org.opensar.engine.cctv;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;
import org.opencv.objdetect.HOGDescriptor;
import org.opensar.engine.extract.WordOcr;

/**
 * Faces, people and number plates with OpenCV's cascades (Debian's opencv-data) and its built-in HOG people
 * detector, and readable text with tesseract where it is installed. Tuned to miss little: several face cascades
 * (two Haar, one LBP, profiles both ways) whose finds are merged, a low neighbour count, and stills enlarged so faces
 * of {@link DetectorSettings#smallestFace} pixels fill the cascades' window. The officer removes the boxes that cover
 * no one. {@link #forChecking} is the stricter detector the check before release uses.
 */
public final class OpenCvStillDetector implements StillDetector {

    /** The HOG window is 64 by 128: people shorter than this many pixels are found only by the upper-body cascade. */
    private static final int HOG_WINDOW_HEIGHT = 128;
    /**
     * A cascade boxes the face from brows to mouth; grown by this share of its size on each side, the box also covers
     * the forehead, hair, ears and chin that would still identify someone.
     */
    private static final double FACE_MARGIN = 0.2;

    /**
     * Neighbours the body and plate cascades need: OpenCV's own 3. With fewer, the upper-body cascade finds shoulders
     * in the edges of the solid boxes themselves, and the check before release refuses stills with no one left on them.
     */
    private static final int OTHER_NEIGHBOURS = 3;

    /**
     * Neighbours a face needs in the check before release: with one, JPEG noise in a plain wall passes for a face and
     * would refuse stills with no one left on them; the officer has already seen every one-neighbour proposal.
     */
    private static final int CHECK_NEIGHBOURS = 2;

    /** The face cascades' own window, in pixels. */
    private static final int FACE_WINDOW = 24;

    private final DetectorSettings settings;
    private final Map<Cascade, CascadeClassifier> cascades = new EnumMap<>(Cascade.class);
    private final HOGDescriptor people;
    private final WordOcr ocr;

    /** Whether this detector proposes (every cascade) or checks before release (the upper-body cascade left out). */
    private final boolean proposing;

    /** {@code ocr} null: no text is looked for. */
    public OpenCvStillDetector(DetectorSettings settings, WordOcr ocr) {
        this(settings, ocr, true);
    }

    /**
     * The detector for the check before release ({@link ObscuringVerifier}): faces (every face cascade, at least two
     * neighbours), people (HOG) and plates, but not the upper-body cascade, whose false finds at CCTV sizes include
     * shoulders it sees in the edges of the solid boxes themselves; its finds are proposals for the officer, not
     * grounds to refuse a release. No text: the officer decides which words identify someone.
     */
    public static OpenCvStillDetector forChecking(DetectorSettings settings) {
        return new OpenCvStillDetector(
                new DetectorSettings(
                        settings.models(),
                        settings.smallestFace(),
                        Math.max(CHECK_NEIGHBOURS, settings.minNeighbours()),
                        settings.scaleStep()),
                null,
                false);
    }

    private OpenCvStillDetector(DetectorSettings settings, WordOcr ocr, boolean proposing) {
        this.proposing = proposing;
        settings.unavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        OpenCv.load();
        this.settings = settings;
        for (Cascade cascade : Cascade.values()) {
            CascadeClassifier classifier =
                    new CascadeClassifier(cascade.file(settings.models()).toString());
            if (classifier.empty()) {
                throw new IllegalStateException("OpenCV could not read " + cascade.file(settings.models()));
            }
            cascades.put(cascade, classifier);
        }
        this.people = new HOGDescriptor();
        people.setSVMDetector(HOGDescriptor.getDefaultPeopleDetector());
        this.ocr = ocr != null && ocr.available() ? ocr : null;
    }

    /** Whether readable text is looked for (tesseract is installed). */
    public boolean readsText() {
        return ocr != null;
    }

    /** OpenCV's classifiers are not safe to share between threads, so one still at a time. */
    @Override
    public synchronized List<ProposedRegion> detect(BufferedImage still) {
        Mat grey = OpenCv.grey(still);
        Imgproc.equalizeHist(grey, grey);
        double enlarge = Math.max(1.0, (double) FACE_WINDOW / settings.smallestFace());
        Mat large = grey;
        if (enlarge > 1.0) {
            large = new Mat();
            Imgproc.resize(grey, large, new Size(), enlarge, enlarge, Imgproc.INTER_LINEAR);
        }
        List<ProposedRegion> found = new ArrayList<>();
        for (Cascade cascade : Cascade.values()) {
            if (!proposing && cascade == Cascade.UPPER_BODY) {
                continue;
            }
            boolean small = cascade.kind() == RegionKind.FACE && cascade != Cascade.FRONTAL_FACE_LBP;
            Mat image = small ? large : grey;
            double back = small ? 1 / enlarge : 1;
            found.addAll(run(cascade, image, back, false, still));
            if (cascade.mirrored()) {
                Mat flipped = new Mat();
                Core.flip(image, flipped, 1);
                found.addAll(run(cascade, flipped, back, true, still));
            }
        }
        found.addAll(people(grey, still));
        if (ocr != null) {
            found.addAll(text(still));
        }
        return RegionMerger.merge(found).stream()
                .map(r -> r.kind() == RegionKind.FACE
                        ? new ProposedRegion(
                                r.box().grown(FACE_MARGIN, still.getWidth(), still.getHeight()),
                                r.kind(),
                                r.score(),
                                r.explanation())
                        : r)
                .toList();
    }

    private List<ProposedRegion> run(Cascade cascade, Mat image, double back, boolean flipped, BufferedImage still) {
        MatOfRect boxes = new MatOfRect();
        MatOfInt detections = new MatOfInt();
        int minimum = cascade.kind() == RegionKind.VEHICLE_PLATE ? 12 : FACE_WINDOW;
        cascades.get(cascade)
                .detectMultiScale2(
                        image,
                        boxes,
                        detections,
                        settings.scaleStep(),
                        cascade.kind() == RegionKind.FACE ? settings.minNeighbours() : OTHER_NEIGHBOURS,
                        0,
                        new Size(minimum, minimum),
                        new Size());
        Rect[] rects = boxes.toArray();
        int[] counts = rects.length == 0 || detections.empty() ? new int[0] : detections.toArray();
        List<ProposedRegion> regions = new ArrayList<>();
        for (int i = 0; i < rects.length; i++) {
            Rect r = rects[i];
            int x = flipped ? image.cols() - r.x - r.width : r.x;
            Box box = new Box(x, r.y, r.width, r.height).scaled(back).within(still.getWidth(), still.getHeight());
            int n = i < counts.length ? counts[i] : settings.minNeighbours();
            regions.add(new ProposedRegion(
                    box,
                    cascade.kind(),
                    n / (n + 3.0),
                    cascade.finds() + " (OpenCV cascade " + cascade.fileName() + (flipped ? ", mirrored" : "") + ")"));
        }
        return regions;
    }

    private List<ProposedRegion> people(Mat grey, BufferedImage still) {
        if (grey.rows() < HOG_WINDOW_HEIGHT || grey.cols() < HOG_WINDOW_HEIGHT / 2) {
            return List.of();
        }
        MatOfRect boxes = new MatOfRect();
        MatOfDouble weights = new MatOfDouble();
        people.detectMultiScale(grey, boxes, weights, 0, new Size(8, 8), new Size(16, 16), 1.05, 2, false);
        Rect[] rects = boxes.toArray();
        double[] scores = rects.length == 0 || weights.empty() ? new double[0] : weights.toArray();
        List<ProposedRegion> regions = new ArrayList<>();
        for (int i = 0; i < rects.length; i++) {
            Rect r = rects[i];
            double weight = i < scores.length ? scores[i] : 0;
            regions.add(new ProposedRegion(
                    new Box(r.x, r.y, r.width, r.height).within(still.getWidth(), still.getHeight()),
                    RegionKind.PERSON,
                    Math.max(0, Math.min(1, 0.5 + weight / 4)),
                    "person standing or walking (OpenCV's HOG people detector)"));
        }
        return regions;
    }

    /** Each line of words tesseract reads with three or more letters or digits. */
    private List<ProposedRegion> text(BufferedImage still) {
        List<WordOcr.Word> words;
        try {
            words = ocr.read(still);
        } catch (IOException e) {
            return List.of();
        }
        Map<String, Box> lines = new java.util.LinkedHashMap<>();
        for (WordOcr.Word word : words) {
            if (word.text().codePoints().filter(Character::isLetterOrDigit).count() < 3
                    || word.width() <= 0
                    || word.height() <= 0) {
                continue;
            }
            Box box = new Box(word.left(), word.top(), word.width(), word.height());
            lines.merge(word.block() + "/" + word.paragraph() + "/" + word.line(), box, Box::union);
        }
        return lines.values().stream()
                .map(b -> new ProposedRegion(
                        b.grown(0.15, still.getWidth(), still.getHeight()),
                        RegionKind.TEXT,
                        0.5,
                        "readable text (tesseract OCR)"))
                .toList();
    }
}
