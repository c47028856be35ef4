package org.opensar.server.cctv;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Pictures for the officer's pages: never cached, and a still with its boxes drawn and numbered. */
final class Pictures {

    private Pictures() {}

    static ResponseEntity<byte[]> response(byte[] picture, String mediaType) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CacheControl.noStore())
                .body(picture);
    }

    /** The still with each box outlined in the colour of its decision and numbered as the page lists them. */
    static BufferedImage annotated(BufferedImage still, List<StillBox> boxes) {
        BufferedImage out = new BufferedImage(still.getWidth(), still.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(still, 0, 0, null);
        float line = Math.max(2f, still.getWidth() / 400f);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, still.getWidth() / 60)));
        for (int i = 0; i < boxes.size(); i++) {
            StillBox box = boxes.get(i);
            Color colour = box.decision() == null
                    ? Color.YELLOW
                    : switch (box.decision()) {
                        case OBSCURE -> Color.RED;
                        case REQUESTER -> Color.GREEN;
                        case DISMISSED -> Color.LIGHT_GRAY;
                    };
            g.setColor(colour);
            g.setStroke(
                    box.decision() == null
                            ? new BasicStroke(
                                    line, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f)
                            : new BasicStroke(line));
            g.drawRect(
                    box.box().x(), box.box().y(), box.box().width(), box.box().height());
            String number = String.valueOf(i + 1);
            int w = g.getFontMetrics().stringWidth(number) + 6;
            int h = g.getFontMetrics().getHeight();
            g.fillRect(box.box().x(), Math.max(0, box.box().y() - h), w, h);
            g.setColor(Color.BLACK);
            g.drawString(
                    number,
                    box.box().x() + 3,
                    Math.max(h, box.box().y()) - g.getFontMetrics().getDescent());
        }
        g.dispose();
        return out;
    }
}
