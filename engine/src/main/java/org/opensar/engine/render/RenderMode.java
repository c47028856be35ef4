package org.opensar.engine.render;

import org.opensar.engine.extract.ExtractionOutcome;

/**
 * How a disclosed document goes into the bundle. Born-digital text is re-typeset from its extraction: crisp, small,
 * and nothing of the original file carried over. A scanned document (its text came from OCR) is shown as it looks:
 * each page an image with the boxes burned into the pixels, under an invisible text layer read by OCR from the
 * already redacted image, so it stays searchable and nothing removed survives in it.
 */
public enum RenderMode {
    TYPESET,
    RASTERISE,
    /**
     * A picture (a still from CCTV footage, already obscured): the image file shown whole, as a figure described by
     * the document's title, under its text typeset as a caption. Chosen by whoever builds the request, never by
     * source kind; the picture is not read by OCR for the text, so its caption is the document's text.
     */
    IMAGE;

    /** The mode for a source as extraction read it: scans (OCR) are rasterised, everything else typeset. */
    public static RenderMode forSource(ExtractionOutcome outcome) {
        return outcome == ExtractionOutcome.OCR_APPLIED ? RASTERISE : TYPESET;
    }
}
