package org.opensar.engine.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opensar.engine.casefile.CaseDocument;

/**
 * Reads a PDF page by page with PDFBox. A page with images and no text layer is a scanned page: it is read with
 * OCR when tesseract is there, otherwise the document needs OCR before anyone can decide on it.
 */
final class PdfPageReader {

    static final float OCR_DPI = 300;

    private final TesseractOcr ocr;
    private final int maxCharacters;

    PdfPageReader(TesseractOcr ocr, int maxCharacters) {
        this.ocr = ocr;
        this.maxCharacters = maxCharacters;
    }

    ExtractedDocument read(CaseDocument document) {
        try (PDDocument pdf = Loader.loadPDF(document.path().toFile())) {
            return read(document.file(), pdf);
        } catch (InvalidPasswordException e) {
            return ExtractedDocument.failed(
                    document.file(), ExtractionOutcome.PASSWORD_PROTECTED, "the PDF needs a password to open");
        } catch (IOException e) {
            return ExtractedDocument.failed(
                    document.file(), ExtractionOutcome.CORRUPT, "PDF cannot be read: " + e.getMessage());
        }
    }

    private ExtractedDocument read(String file, PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        boolean ocrApplied = false;
        long characters = 0;
        for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            String text = stripper.getText(pdf).strip();
            if (text.isEmpty() && hasImages(pdf.getPage(number - 1))) {
                if (ocr.available()) {
                    try {
                        text = ocrPage(pdf, number - 1).strip();
                    } catch (IOException e) {
                        return ExtractedDocument.failed(
                                file,
                                ExtractionOutcome.EXTRACTION_FAILED,
                                "OCR of page " + number + " failed: " + e.getMessage());
                    }
                    ocrApplied = true;
                } else {
                    scanned.add(number);
                }
            }
            characters += text.length();
            if (characters > maxCharacters) {
                return ExtractedDocument.failed(
                        file, ExtractionOutcome.TOO_LARGE, "more than " + maxCharacters + " characters of text");
            }
            pages.add(text);
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put("contentType", "application/pdf");
        String title = pdf.getDocumentInformation().getTitle();
        if (title != null && !title.isBlank()) {
            metadata.put("title", title.strip());
        }
        if (!scanned.isEmpty()) {
            return new ExtractedDocument(
                    file, pages, metadata, ExtractionOutcome.NEEDS_OCR, "scanned pages without text: " + scanned);
        }
        if (pages.stream().allMatch(String::isEmpty)) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EMPTY, "the PDF has no text");
        }
        return new ExtractedDocument(
                file, pages, metadata, ocrApplied ? ExtractionOutcome.OCR_APPLIED : ExtractionOutcome.EXTRACTED, "");
    }

    /** A page as OCR reads it: rendered at 300 dpi in grey. The bundle's rasteriser renders pages the same way. */
    static BufferedImage scan(PDDocument pdf, int index) throws IOException {
        return new PDFRenderer(pdf).renderImageWithDPI(index, OCR_DPI, ImageType.GRAY);
    }

    private static boolean hasImages(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    private String ocrPage(PDDocument pdf, int index) throws IOException {
        BufferedImage image = scan(pdf, index);
        Path png = ocr.writeImage("opensar-page-", image);
        try {
            return ocr.read(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
