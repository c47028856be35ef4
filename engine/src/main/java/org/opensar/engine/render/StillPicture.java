package org.opensar.engine.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A picture document's image ({@link RenderMode#IMAGE}): placed on the rest of its page, as wide as the text, as a
 * tagged {@code Figure} whose alternative text is the document's title. The pixels go in exactly as they are
 * (lossless): what was checked before release is what the requester gets, with no compression to blur a box's edge or
 * make a pattern a detector reads differently; whatever was to be hidden must already be gone from them.
 */
final class StillPicture {

    /** Below this much room a picture starts a new page rather than shrink. */
    private static final float SMALLEST = 220;

    private StillPicture() {}

    static void draw(PDDocument document, Typesetter t, StructureTree tags, Path image, String description)
            throws IOException {
        BufferedImage picture = ImageIO.read(image.toFile());
        if (picture == null) {
            throw new IOException(image.getFileName() + " is not an image Java can read");
        }
        if (t.room() < SMALLEST) {
            t.newPage();
        }
        PDImageXObject xobject = LosslessFactory.createFromImage(document, picture);
        t.drawRest((stream, page, top, container) -> {
            float areaWidth = PDRectangle.A4.getWidth() - 2 * Typesetter.MARGIN;
            float areaHeight = top - 8 - Typesetter.BOTTOM;
            float scale = Math.min(areaWidth / picture.getWidth(), areaHeight / picture.getHeight());
            float width = picture.getWidth() * scale;
            float height = picture.getHeight() * scale;
            PDStructureElement figure = StructureTree.element(container, "Figure");
            figure.setAlternateDescription(description);
            stream.beginMarkedContent(COSName.getPDFName("Figure"), tags.mark(page, figure));
            stream.drawImage(xobject, Typesetter.MARGIN + (areaWidth - width) / 2, top - 8 - height, width, height);
            stream.endMarkedContent();
        });
    }
}
