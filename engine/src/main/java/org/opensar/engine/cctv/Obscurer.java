package org.opensar.engine.cctv;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The only stage that changes a still: it paints over each box the officer decided to obscure. A solid box is opaque
 * black. A blur first reduces the box to a few blocks across (6 across its shorter side, so a face keeps no feature: eyes, nose and
 * mouth fall into the same few blocks), then smooths the blocks so the result does not look like a mosaic; what is
 * behind it is gone from the pixels, not hidden under a layer.
 */
public final class Obscurer {

    /** Blocks across the box's shorter side: recognition needs far more than this. */
    private static final int BLOCKS = 6;

    public BufferedImage obscure(BufferedImage still, List<Box> boxes, Obscuring how) {
        BufferedImage out = new BufferedImage(still.getWidth(), still.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(still, 0, 0, null);
        if (how == Obscuring.SOLID) {
            g.setColor(Color.BLACK);
            boxes.forEach(b -> g.fillRect(b.x(), b.y(), b.width(), b.height()));
            g.dispose();
            return out;
        }
        g.dispose();
        OpenCv.load();
        Mat pixels = OpenCv.bgr(out);
        for (Box box : boxes) {
            Box b = box.within(still.getWidth(), still.getHeight());
            Mat region = pixels.submat(new Rect(b.x(), b.y(), b.width(), b.height()));
            double block = Math.max(1.0, Math.min(b.width(), b.height()) / (double) BLOCKS);
            Mat tiny = new Mat();
            Imgproc.resize(
                    region,
                    tiny,
                    new Size(Math.max(1, Math.round(b.width() / block)), Math.max(1, Math.round(b.height() / block))),
                    0,
                    0,
                    Imgproc.INTER_AREA);
            Mat back = new Mat();
            Imgproc.resize(tiny, back, region.size(), 0, 0, Imgproc.INTER_NEAREST);
            int kernel = (int) Math.max(3, Math.round(block) | 1);
            Imgproc.GaussianBlur(back, back, new Size(kernel, kernel), 0);
            back.copyTo(region);
        }
        return OpenCv.image(pixels);
    }
}
