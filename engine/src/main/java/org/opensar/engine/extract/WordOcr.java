package org.opensar.engine.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * OCR with where each word is: for a page that is to be shown as an image, to find the words to cover and to lay an
 * invisible, searchable text layer over it. Uses the same tesseract, and renders PDF pages the same way, as
 * extraction does, so the words come out as extraction read them.
 */
public final class WordOcr {

    /** The resolution pages are scanned at, in dots per inch. */
    public static final float DPI = PdfPageReader.OCR_DPI;

    /** One word tesseract read, its box in pixels from the top left, and the block, paragraph and line it is in. */
    public record Word(String text, int left, int top, int width, int height, int block, int paragraph, int line) {

        public int right() {
            return left + width;
        }

        public int bottom() {
            return top + height;
        }
    }

    private final TesseractOcr ocr;
    private final ExtractionSettings settings;

    public WordOcr(ExtractionSettings settings) {
        this.ocr = new TesseractOcr(settings);
        this.settings = settings;
    }

    /** PDFBox's page-content cache on disk, in the same temporary folder as the page images. */
    public org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction scratchFiles() {
        return settings.scratchFiles();
    }

    public boolean available() {
        return ocr.available();
    }

    /** Page {@code index} of {@code pdf} as extraction's OCR sees it (300 dpi, grey). */
    public static BufferedImage scan(PDDocument pdf, int index) throws IOException {
        return PdfPageReader.scan(pdf, index);
    }

    /** The words in an image file, in reading order. */
    public List<Word> read(Path image) throws IOException {
        return parse(ocr.readTsv(image));
    }

    /** The words in an image, in reading order. */
    public List<Word> read(BufferedImage image) throws IOException {
        Path png = ocr.writeImage("opensar-raster-", image);
        try {
            return read(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    static List<Word> parse(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            words.add(new Word(
                    cells[11].strip(),
                    Integer.parseInt(cells[6]),
                    Integer.parseInt(cells[7]),
                    Integer.parseInt(cells[8]),
                    Integer.parseInt(cells[9]),
                    Integer.parseInt(cells[2]),
                    Integer.parseInt(cells[3]),
                    Integer.parseInt(cells[4])));
        }
        return words;
    }
}
