package org.opensar.engine.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.opensar.engine.extract.WordOcr;

/**
 * Puts a redacted page image on a bundle page, under the header if there is one, with an invisible text layer of the
 * words OCR read on the page that no box covers, each over its place in the image, so the page can be searched,
 * copied and read aloud. The image is an artifact (the text layer carries its content); the words are tagged P by OCR
 * paragraph, and each box is a Span that says what kind of information it covers, with its code printed on it.
 */
final class ScannedPage {

    private static final float SIDE = 28;
    private static final float FOOT = 48;
    private static final float JPEG_QUALITY = 0.85f;
    private static final float CODE_SIZE = 7;

    private final PDDocument document;
    private final Fonts fonts;
    private final StructureTree tags;

    ScannedPage(PDDocument document, Fonts fonts, StructureTree tags) {
        this.document = document;
        this.fonts = fonts;
        this.tags = tags;
    }

    /** An item of a line in reading order: a word of the text layer, or a box. */
    private record Item(WordOcr.Word word, Rasteriser.Box box) {

        int left() {
            return word != null ? word.left() : box.left();
        }
    }

    void draw(
            PDPageContentStream stream,
            PDPage page,
            float top,
            PDStructureElement container,
            BufferedImage image,
            List<Rasteriser.Box> boxes,
            List<WordOcr.Word> words)
            throws IOException {
        float areaWidth = PDRectangle.A4.getWidth() - 2 * SIDE;
        float areaHeight = top - 6 - FOOT;
        float scale = Math.min(areaWidth / image.getWidth(), areaHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        Placement at = new Placement(SIDE + (areaWidth - width) / 2, top - 6, scale);

        PDImageXObject xobject = JPEGFactory.createFromImage(document, image, JPEG_QUALITY);
        stream.beginMarkedContent(COSName.ARTIFACT);
        stream.drawImage(xobject, at.left(), at.top() - height, width, height);
        stream.endMarkedContent();

        for (List<List<Item>> paragraph : paragraphs(words, boxes)) {
            PDStructureElement p = StructureTree.element(container, "P");
            boolean open = false;
            for (List<Item> line : paragraph) {
                for (int i = 0; i < line.size(); i++) {
                    Item item = line.get(i);
                    if (item.word() != null) {
                        if (!open) {
                            stream.beginMarkedContent(COSName.P, tags.mark(page, p));
                            open = true;
                        }
                        invisible(stream, item.word(), i + 1 < line.size() ? line.get(i + 1) : null, at);
                    } else {
                        if (open) {
                            stream.endMarkedContent();
                            open = false;
                        }
                        RedactionCode code = RedactionCode.of(
                                item.box().covered().redaction().reason());
                        PDStructureElement span = StructureTree.redaction(p, code);
                        stream.beginMarkedContent(COSName.getPDFName("Span"), tags.mark(page, span));
                        label(stream, item.box(), code, at);
                        stream.endMarkedContent();
                    }
                }
            }
            if (open) {
                stream.endMarkedContent();
            }
        }
    }

    /** Where the image is on the page: its top left corner in points, and points per pixel. */
    private record Placement(float left, float top, float scale) {

        float x(int pixels) {
            return left + pixels * scale;
        }

        float y(int pixels) {
            return top - pixels * scale;
        }
    }

    /** OCR's words by paragraph and line, each box in the line it sits on (or a paragraph of its own). */
    private static List<List<List<Item>>> paragraphs(List<WordOcr.Word> words, List<Rasteriser.Box> boxes) {
        Map<String, List<List<Item>>> paragraphs = new LinkedHashMap<>();
        Map<String, List<Item>> lines = new LinkedHashMap<>();
        for (WordOcr.Word word : words) {
            String line = word.block() + "." + word.paragraph() + "." + word.line();
            List<Item> items = lines.computeIfAbsent(line, key -> {
                List<Item> created = new ArrayList<>();
                paragraphs
                        .computeIfAbsent(word.block() + "." + word.paragraph(), k -> new ArrayList<>())
                        .add(created);
                return created;
            });
            items.add(new Item(word, null));
        }
        List<List<List<Item>>> ordered = new ArrayList<>(paragraphs.values());
        for (Rasteriser.Box box : boxes) {
            int middle = (box.top() + box.bottom()) / 2;
            List<Item> line = lines.values().stream()
                    .filter(items -> items.stream()
                            .anyMatch(i -> i.word() != null
                                    && i.word().top() <= middle
                                    && i.word().bottom() >= middle))
                    .findFirst()
                    .orElse(null);
            if (line != null) {
                int at = 0;
                while (at < line.size() && line.get(at).left() < box.left()) {
                    at++;
                }
                line.add(at, new Item(null, box));
            } else {
                int at = 0;
                while (at < ordered.size() && top(ordered.get(at)) < box.top()) {
                    at++;
                }
                ordered.add(at, List.of(List.of(new Item(null, box))));
            }
        }
        return ordered;
    }

    private static int top(List<List<Item>> paragraph) {
        return paragraph.stream()
                .flatMap(List::stream)
                .mapToInt(i -> i.word() != null ? i.word().top() : i.box().top())
                .min()
                .orElse(0);
    }

    /**
     * A word OCR read, as invisible text over its place in the image, followed by a space: the word and its space
     * stretched to reach the next item on the line (so a reader that follows positions sees one gap, and one that
     * follows tags sees the space), or the word alone to its own width at the end of a line.
     */
    private void invisible(PDPageContentStream stream, WordOcr.Word word, Item next, Placement at) throws IOException {
        PDType0Font font = fonts.regular();
        String text = encodable(word.text(), font) + " ";
        float size = Math.max(1, word.height() * at.scale());
        boolean reach = next != null && next.left() > word.right();
        String measured = reach ? text : text.substring(0, text.length() - 1);
        float natural = font.getStringWidth(measured) / 1000 * size;
        if (natural <= 0) {
            return;
        }
        float target = (reach ? next.left() - word.left() : word.width()) * at.scale();
        stream.beginText();
        stream.setRenderingMode(RenderingMode.NEITHER);
        stream.setFont(font, size);
        stream.setHorizontalScaling(100 * target / natural);
        stream.newLineAtOffset(at.x(word.left()), at.y(word.bottom()));
        stream.showText(text);
        stream.endText();
    }

    /** The box's code in white on the burned-in black, as in a typeset box. */
    private void label(PDPageContentStream stream, Rasteriser.Box box, RedactionCode code, Placement at)
            throws IOException {
        PDType0Font font = fonts.bold();
        float boxWidth = (box.right() - box.left()) * at.scale();
        float boxHeight = (box.bottom() - box.top()) * at.scale();
        float unit = font.getStringWidth(code.name()) / 1000;
        float size = Math.max(1, Math.min(CODE_SIZE, Math.min(boxHeight * 0.6f, boxWidth * 0.9f / unit)));
        stream.setNonStrokingColor(Color.WHITE);
        stream.beginText();
        stream.setRenderingMode(RenderingMode.FILL);
        stream.setHorizontalScaling(100);
        stream.setFont(font, size);
        stream.newLineAtOffset(
                at.x(box.left()) + (boxWidth - unit * size) / 2, at.y(box.bottom()) + (boxHeight - size * 0.7f) / 2);
        stream.showText(code.name());
        stream.endText();
        stream.setNonStrokingColor(Color.BLACK);
    }

    private static String encodable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
