package org.opensar.engine.extract;

import java.time.Duration;

/**
 * Limits for extraction: the largest file read, how long one document may take, the most characters kept per
 * document, and the OCR command (looked up on the PATH; OCR is skipped when it is not there, or when there is none).
 */
public record ExtractionSettings(long maxBytes, Duration timeout, int maxCharacters, String ocrCommand) {

    /** 200 MB, 2 minutes, 5 million characters, {@code tesseract}. */
    public static final ExtractionSettings DEFAULT =
            new ExtractionSettings(200L << 20, Duration.ofMinutes(2), 5_000_000, "tesseract");

    public ExtractionSettings withMaxBytes(long bytes) {
        return new ExtractionSettings(bytes, timeout, maxCharacters, ocrCommand);
    }

    public ExtractionSettings withTimeout(Duration limit) {
        return new ExtractionSettings(maxBytes, limit, maxCharacters, ocrCommand);
    }

    /** No OCR, whatever is installed: scanned documents go to review as needing OCR. */
    public ExtractionSettings withoutOcr() {
        return withOcrCommand(null);
    }

    public ExtractionSettings withOcrCommand(String command) {
        return new ExtractionSettings(maxBytes, timeout, maxCharacters, command);
    }
}
