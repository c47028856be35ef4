package org.opensar.engine.cctv;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;
import org.jcodec.scale.AWTUtil;

/**
 * Generated CCTV footage for tests, demonstrations and benchmarks: drawn people (a head with a face OpenCV's
 * cascades find, on a body) at known places, on plain scenes, with each frame's number drawn as a bar, encoded to
 * H.264 with jcodec. Never anyone's real image.
 */
public final class SyntheticFootage {

    /** A drawn person: the top left corner of their face and its width in pixels; the body hangs below it. */
    public record Person(int x, int y, int faceSize) {

        /** Where the face is, as a detector would box it. */
        public Box face() {
            return new Box(x, y + faceSize / 10, faceSize, faceSize);
        }

        /** The whole drawn figure, head to feet. */
        public Box figure() {
            return new Box(x - faceSize / 2, y - faceSize / 8, faceSize * 2, faceSize * 4);
        }
    }

    /** A scene: its background colour, the people in it, and a line of text on a sign (empty for none). */
    public record Scene(Color background, List<Person> people, String sign) {}

    private SyntheticFootage() {}

    /** Frame {@code number} of {@code scene}: the scene, its people, and a bar whose position gives the number. */
    public static BufferedImage frame(int width, int height, Scene scene, long number) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(scene.background());
        g.fillRect(0, 0, width, height);
        g.setColor(scene.background().darker());
        for (int x = 0; x < width; x += width / 8) {
            g.drawLine(x, height / 2, x + width / 16, height);
        }
        if (!scene.sign().isEmpty()) {
            g.setColor(Color.WHITE);
            g.fillRect(width / 20, height / 20, width / 3, height / 9);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 14));
            g.drawString(scene.sign(), width / 20 + height / 60, height / 20 + height / 12);
        }
        for (Person person : scene.people()) {
            draw(g, person);
        }
        int bar = Math.max(4, width / 64);
        g.setColor(Color.WHITE);
        g.fillRect((int) (number % 64) * bar, height - bar, bar, bar);
        g.dispose();
        return image;
    }

    /** Which frame a frame drawn by {@link #frame} is, modulo 64, read back from its bar. */
    public static int frameBar(BufferedImage frame) {
        int bar = Math.max(4, frame.getWidth() / 64);
        int y = frame.getHeight() - bar / 2;
        int best = 0;
        int brightest = -1;
        for (int i = 0; i < 64; i++) {
            int rgb = frame.getRGB(i * bar + bar / 2, y);
            int level = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            if (level > brightest) {
                brightest = level;
                best = i;
            }
        }
        return best;
    }

    /** Draws a person: the body, then the head. */
    public static void draw(Graphics2D g, Person p) {
        double s = p.faceSize();
        double x = p.x();
        double y = p.y();
        g.setColor(new Color(40, 60, 110));
        g.fill(new Rectangle2D.Double(x - s * 0.35, y + s * 1.3, s * 1.7, s * 1.5));
        g.setColor(new Color(50, 50, 60));
        g.fill(new Rectangle2D.Double(x - s * 0.15, y + s * 2.8, s * 0.5, s * 1.05));
        g.fill(new Rectangle2D.Double(x + s * 0.65, y + s * 2.8, s * 0.5, s * 1.05));
        face(g, x, y, s);
    }

    private static void face(Graphics2D g, double x, double y, double s) {
        g.setColor(new Color(60, 40, 30));
        g.fill(new Ellipse2D.Double(x - s * 0.08, y - s * 0.12, s * 1.16, s * 0.9));
        g.setPaint(new RadialGradientPaint(
                new Point2D.Double(x + s * 0.5, y + s * 0.5), (float) (s * 0.6), new float[] {0f, 1f}, new Color[] {
                    new Color(236, 200, 170), new Color(190, 150, 120)
                }));
        g.fill(new Ellipse2D.Double(x, y, s, s * 1.2));
        g.setColor(new Color(50, 35, 25));
        g.fill(new Rectangle2D.Double(x + s * 0.18, y + s * 0.30, s * 0.24, s * 0.06));
        g.fill(new Rectangle2D.Double(x + s * 0.58, y + s * 0.30, s * 0.24, s * 0.06));
        g.setColor(new Color(40, 30, 30));
        g.fill(new Ellipse2D.Double(x + s * 0.2, y + s * 0.40, s * 0.2, s * 0.1));
        g.fill(new Ellipse2D.Double(x + s * 0.6, y + s * 0.40, s * 0.2, s * 0.1));
        g.setColor(new Color(170, 125, 100));
        g.fill(new Polygon(
                new int[] {(int) (x + s * 0.5), (int) (x + s * 0.42), (int) (x + s * 0.58)},
                new int[] {(int) (y + s * 0.45), (int) (y + s * 0.75), (int) (y + s * 0.75)},
                3));
        g.setColor(new Color(120, 50, 50));
        g.fill(new Ellipse2D.Double(x + s * 0.33, y + s * 0.88, s * 0.34, s * 0.09));
    }

    /**
     * Writes {@code framesPerScene} frames of each scene, in order, at {@code fps} frames a second, as H.264 in an MP4
     * file (jcodec puts a key frame every 25 frames). Not MKV: jcodec's Matroska writer leaves out the H.264 settings
     * (CodecPrivate) that readers, its own included, need.
     */
    public static void write(Path file, int width, int height, int fps, List<Scene> scenes, int framesPerScene)
            throws IOException {
        try (SeekableByteChannel out = NIOUtils.writableChannel(file.toFile())) {
            org.jcodec.api.SequenceEncoder encoder =
                    new org.jcodec.api.SequenceEncoder(out, Rational.R(fps, 1), Format.MOV, Codec.H264, null);
            long number = 0;
            for (Scene scene : scenes) {
                for (int i = 0; i < framesPerScene; i++) {
                    encoder.encodeNativeFrame(AWTUtil.fromBufferedImageRGB(frame(width, height, scene, number++)));
                }
            }
            encoder.finish();
        }
    }
}
