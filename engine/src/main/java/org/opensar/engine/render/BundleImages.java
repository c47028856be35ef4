package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Every image a bundle holds, wherever it is drawn from (a page, a form inside a page, a soft mask) or drawn from
 * nowhere, named for a finding by the first page that shows it. An image's samples are pixels: they are read by OCR
 * as someone would read the picture, never searched as if they were text (a page image's decoded samples spell "TIA"
 * and "Tym" by chance). The bytes it is stored as can carry text all the same, in a JPEG's comments and metadata or
 * another format's boxes: {@link #storedText} gives what of them is searched.
 */
final class BundleImages {

    private final Map<COSStream, String> images = new LinkedHashMap<>();

    private BundleImages() {}

    static BundleImages of(PDDocument document) throws IOException {
        BundleImages found = new BundleImages();
        Map<COSStream, String> onPages = new HashMap<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        onPages.putIfAbsent(image.getCOSObject(), "the image on page " + number);
                    }
                }
            }
        }
        for (Map.Entry<COSObjectKey, Long> entry :
                document.getDocument().getXrefTable().entrySet()) {
            COSBase object =
                    document.getDocument().getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream && isImage(stream)) {
                found.images.put(stream, onPages.getOrDefault(stream, "the image in object " + entry.getKey()));
            }
        }
        return found;
    }

    static boolean isImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    /** Each image with where it is, in the order the file holds them. */
    Map<COSStream, String> located() {
        return images;
    }

    /**
     * What of an image's stored bytes may hold text: a JPEG's segments outside its compressed scans; for any other
     * encoding the bytes as stored (compressed samples, a JPEG 2000 file's boxes), which {@link BundleVerifier}
     * searches for longer texts only, since compressed bytes spell short words by chance.
     */
    static byte[] storedText(COSStream image) throws IOException {
        try (InputStream in = image.createRawInputStream()) {
            byte[] stored = in.readAllBytes();
            return isJpeg(image) ? JpegSegments.outsideScans(stored) : stored;
        }
    }

    static boolean isJpeg(COSStream image) {
        return image.getFilters() instanceof COSName filter && filter.equals(COSName.DCT_DECODE);
    }
}
