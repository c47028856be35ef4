package org.opensar.engine.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.util.Matrix;

/**
 * Synthetic PDFs that hide a secret where a careless redaction leaves it: a visible line of text, plus the secret
 * in one hiding place. As a case document they must come out of the bundle clean; as a bundle the verifier must
 * catch them.
 */
enum HostilePdf {
    TEXT_UNDER_IMAGE,
    WHITE_TEXT,
    TINY_TEXT,
    ANNOTATION,
    INFO_METADATA,
    XMP_METADATA,
    FORM_FIELD,
    ATTACHMENT,
    ROTATED_PAGE,
    EARLIER_REVISION,
    /** Alt text of an element twelve levels down a structure tree written in place (direct objects). */
    STRUCTURE_ALT_TEXT,
    /** ActualText of a marked-content sequence, as a hex string inside the page content. */
    MARKED_CONTENT_ACTUAL_TEXT,
    /** Only in the pixels of a picture, as on a scan whose box missed a name: no text anywhere says it. */
    PICTURE_OF_TEXT,
    /** The picture drawn by a form XObject the page draws, not by the page itself. */
    PICTURE_IN_FORM;

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    byte[] build(String visible, String secret) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            if (this == ROTATED_PAGE) {
                page.setRotation(90);
            }
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                text(s, visible, 12, 72, 700);
                switch (this) {
                    case TEXT_UNDER_IMAGE -> {
                        text(s, secret, 12, 72, 650);
                        BufferedImage image = new BufferedImage(200, 30, BufferedImage.TYPE_INT_RGB);
                        s.drawImage(LosslessFactory.createFromImage(pdf, image), 70, 640, 300, 30);
                    }
                    case WHITE_TEXT -> {
                        s.setNonStrokingColor(Color.WHITE);
                        text(s, secret, 12, 72, 650);
                    }
                    case TINY_TEXT -> text(s, secret, 0.5f, 72, 650);
                    case ROTATED_PAGE, EARLIER_REVISION -> text(s, secret, 12, 72, 650);
                    case PICTURE_OF_TEXT ->
                        s.drawImage(LosslessFactory.createFromImage(pdf, picture(secret)), 72, 560, 450, 60);
                    case PICTURE_IN_FORM -> {
                        PDFormXObject form = new PDFormXObject(pdf);
                        form.setBBox(new PDRectangle(450, 60));
                        form.setResources(new PDResources());
                        try (PDFormContentStream inner = new PDFormContentStream(form)) {
                            inner.drawImage(LosslessFactory.createFromImage(pdf, picture(secret)), 0, 0, 450, 60);
                        }
                        s.saveGraphicsState();
                        s.transform(Matrix.getTranslateInstance(72, 560));
                        s.drawForm(form);
                        s.restoreGraphicsState();
                    }
                    default -> {}
                }
            }
            switch (this) {
                case ANNOTATION -> {
                    PDAnnotationText note = new PDAnnotationText();
                    note.setContents(secret);
                    note.setRectangle(new PDRectangle(72, 600, 20, 20));
                    page.getAnnotations().add(note);
                }
                case INFO_METADATA -> pdf.getDocumentInformation().setAuthor(secret);
                case XMP_METADATA -> {
                    PDMetadata xmp = new PDMetadata(pdf);
                    xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf="
                                    + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description dc:creator=\""
                                    + secret + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"/></rdf:RDF>"
                                    + "</x:xmpmeta>")
                            .getBytes(StandardCharsets.UTF_8));
                    pdf.getDocumentCatalog().setMetadata(xmp);
                }
                case FORM_FIELD -> {
                    PDAcroForm form = new PDAcroForm(pdf);
                    pdf.getDocumentCatalog().setAcroForm(form);
                    PDTextField field = new PDTextField(form);
                    field.setPartialName("carer");
                    form.getFields().add(field);
                    field.getCOSObject().setString(COSName.V, secret);
                }
                case ATTACHMENT -> {
                    PDEmbeddedFile file =
                            new PDEmbeddedFile(pdf, new ByteArrayInputStream(secret.getBytes(StandardCharsets.UTF_8)));
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile("note.txt");
                    spec.setEmbeddedFile(file);
                    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                    tree.setNames(Map.of("note.txt", spec));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
                    names.setEmbeddedFiles(tree);
                    pdf.getDocumentCatalog().setNames(names);
                }
                case STRUCTURE_ALT_TEXT -> {
                    PDStructureTreeRoot root = new PDStructureTreeRoot();
                    PDStructureNode parent = root;
                    for (int depth = 0; depth < 12; depth++) {
                        PDStructureElement element = new PDStructureElement(depth == 0 ? "Document" : "Div", parent);
                        element.getCOSObject().setDirect(true);
                        parent.appendKid(element);
                        element.getCOSObject().removeItem(COSName.P); // no way back up: written in place, no cycle
                        parent = element;
                    }
                    ((PDStructureElement) parent).setAlternateDescription(secret);
                    pdf.getDocumentCatalog().setStructureTreeRoot(root);
                }
                case MARKED_CONTENT_ACTUAL_TEXT -> {
                    String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_16));
                    byte[] raw = ("/Span <</ActualText <" + hex + ">>> BDC EMC\n").getBytes(StandardCharsets.US_ASCII);
                    List<PDStream> streams = new ArrayList<>();
                    page.getContentStreams().forEachRemaining(streams::add);
                    streams.add(new PDStream(pdf, new ByteArrayInputStream(raw)));
                    page.setContents(streams);
                }
                default -> {}
            }
            byte[] saved = save(pdf);
            return this == EARLIER_REVISION ? revise(saved) : saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A first revision that shows the secret, then an incremental update that blanks the page. */
    private static byte[] revise(byte[] original) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(original)) {
            PDPage page = pdf.getPage(0);
            page.getCOSObject().removeItem(COSName.CONTENTS);
            page.getCOSObject().setNeedToBeUpdated(true);
            pdf.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Black text on white, as a scanner at 300 dpi would see a line of 12-point type. */
    private static BufferedImage picture(String text) {
        BufferedImage image = new BufferedImage(1875, 250, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 64));
        g.drawString(text, 40, 150);
        g.dispose();
        return image;
    }

    /** A one-page text PDF with the given lines, nothing hidden. */
    static byte[] plain(List<String> lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                float y = 750;
                for (String line : lines) {
                    text(s, line, 11, 72, y);
                    y -= 16;
                }
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, String text, float size, float x, float y) throws IOException {
        s.beginText();
        s.setFont(FONT, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
