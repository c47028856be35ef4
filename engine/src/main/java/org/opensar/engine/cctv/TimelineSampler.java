package org.opensar.engine.cctv;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jcodec.common.model.Picture;

/**
 * The timeline of a piece of footage: a thumbnail of the key frame at the start, at each regular interval and at each
 * scene change. Only key frames are decoded (a key frame decodes on its own, the frames between need all before them),
 * on several threads, a few at a time, in the order they are stored; the thumbnails go to the caller one by one, so
 * memory stays flat however long the footage. The officer then picks stills from these frames.
 */
public final class TimelineSampler {

    private static final int GRID_WIDTH = 32;
    private static final int GRID_HEIGHT = 18;

    private final TimelineSettings settings;

    public TimelineSampler(TimelineSettings settings) {
        this.settings = settings;
    }

    /** A decoded key frame: its grey-level grid for scene changes and a thumbnail-sized picture. */
    private record KeyFrame(long number, Duration at, float[] grid, BufferedImage small) {}

    /** Samples the footage, giving each thumbnail to {@code sink}; returns how many key frames there were. */
    public int sample(Footage footage, Consumer<Thumbnail> sink) throws IOException {
        ExecutorService decoders = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread thread = new Thread(r, "footage-decoder");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<Footage.FrameDecoder> decoder = ThreadLocal.withInitial(footage::decoder);
        Deque<Future<KeyFrame>> window = new ArrayDeque<>();
        Order order = new Order(sink);
        int keyFrames = 0;
        try {
            Optional<Footage.EncodedFrame> next;
            while ((next = footage.next()).isPresent()) {
                Footage.EncodedFrame frame = next.get();
                if (!frame.keyFrame()) {
                    continue;
                }
                keyFrames++;
                window.add(decoders.submit(() -> keyFrame(frame, decoder.get())));
                if (window.size() >= settings.threads() * 2) {
                    order.take(window.remove());
                }
            }
            while (!window.isEmpty()) {
                order.take(window.remove());
            }
            return keyFrames;
        } finally {
            decoders.shutdownNow();
        }
    }

    /** The key frames in stored order, each compared with the one before. */
    private final class Order {
        private final Consumer<Thumbnail> sink;
        private float[] previous;
        private long lastInterval = -1;

        Order(Consumer<Thumbnail> sink) {
            this.sink = sink;
        }

        void take(Future<KeyFrame> pending) throws IOException {
            KeyFrame frame;
            try {
                frame = pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FootageException("Sampling the footage was interrupted.", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new FootageException("A key frame could not be decoded: " + e.getCause(), e.getCause());
            }
            Set<Thumbnail.Reason> reasons = EnumSet.noneOf(Thumbnail.Reason.class);
            if (previous == null) {
                reasons.add(Thumbnail.Reason.START);
            } else if (difference(previous, frame.grid()) > settings.sceneChange()) {
                reasons.add(Thumbnail.Reason.SCENE_CHANGE);
            }
            long slot = frame.at().toMillis() / settings.interval().toMillis();
            if (slot > lastInterval) {
                if (previous != null) {
                    reasons.add(Thumbnail.Reason.INTERVAL);
                }
                lastInterval = slot;
            }
            previous = frame.grid();
            if (!reasons.isEmpty()) {
                sink.accept(new Thumbnail(frame.number(), frame.at(), reasons, jpeg(frame.small())));
            }
        }
    }

    private KeyFrame keyFrame(Footage.EncodedFrame frame, Footage.FrameDecoder decoder) throws FootageException {
        Picture picture = decoder.decode(frame.data());
        BufferedImage full = decoder.image(picture);
        return new KeyFrame(frame.number(), frame.at(), grid(picture), scaled(full, settings.thumbnailWidth()));
    }

    /** The mean grey level of each cell of a 32 by 18 grid over the picture's luma plane, 0 to 1. */
    static float[] grid(Picture picture) {
        byte[] luma = picture.getPlaneData(0);
        int stride = picture.getPlaneWidth(0);
        int width = picture.getCroppedWidth();
        int height = picture.getCroppedHeight();
        float[] grid = new float[GRID_WIDTH * GRID_HEIGHT];
        int[] counts = new int[grid.length];
        for (int y = 0; y < height; y += 2) {
            int row = y * GRID_HEIGHT / height * GRID_WIDTH;
            for (int x = 0; x < width; x += 2) {
                int cell = row + x * GRID_WIDTH / width;
                grid[cell] += luma[y * stride + x] + 128;
                counts[cell]++;
            }
        }
        for (int i = 0; i < grid.length; i++) {
            grid[i] = counts[i] == 0 ? 0 : grid[i] / counts[i] / 255f;
        }
        return grid;
    }

    static double difference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
