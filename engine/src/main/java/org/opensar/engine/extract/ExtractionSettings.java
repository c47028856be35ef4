package org.opensar.engine.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.ScratchFile;

/**
 * Limits for extraction: the largest file read, how long one document may take, the most characters kept per
 * document, and the OCR command (looked up on the PATH; OCR is skipped when it is not there, or when there is none);
 * and where temporary copies go (page images for OCR, PDF page content), which a server points at a private folder
 * of its own instead of the system's shared one. Null there means the system's temporary folder.
 */
public record ExtractionSettings(
        long maxBytes, Duration timeout, int maxCharacters, String ocrCommand, Path temporaryFolder) {

    /** 200 MB, 2 minutes, 5 million characters, {@code tesseract}, the system's temporary folder. */
    public static final ExtractionSettings DEFAULT =
            new ExtractionSettings(200L << 20, Duration.ofMinutes(2), 5_000_000, "tesseract", null);

    public ExtractionSettings withMaxBytes(long bytes) {
        return new ExtractionSettings(bytes, timeout, maxCharacters, ocrCommand, temporaryFolder);
    }

    public ExtractionSettings withTimeout(Duration limit) {
        return new ExtractionSettings(maxBytes, limit, maxCharacters, ocrCommand, temporaryFolder);
    }

    /** No OCR, whatever is installed: scanned documents go to review as needing OCR. */
    public ExtractionSettings withoutOcr() {
        return withOcrCommand(null);
    }

    public ExtractionSettings withOcrCommand(String command) {
        return new ExtractionSettings(maxBytes, timeout, maxCharacters, command, temporaryFolder);
    }

    /** Temporary copies in {@code folder} (created when first needed), not in the system's temporary folder. */
    public ExtractionSettings withTemporaryFolder(Path folder) {
        return new ExtractionSettings(maxBytes, timeout, maxCharacters, ocrCommand, folder);
    }

    /** A new temporary file, readable by its owner only, in the temporary folder. */
    Path temporaryFile(String prefix, String suffix) throws IOException {
        if (temporaryFolder == null) {
            return Files.createTempFile(prefix, suffix);
        }
        return Files.createTempFile(Files.createDirectories(temporaryFolder), prefix, suffix);
    }

    /** PDFBox's page-content cache on disk, in the temporary folder, for documents too large to hold in memory. */
    public StreamCacheCreateFunction scratchFiles() {
        if (temporaryFolder == null) {
            return () -> new ScratchFile(MemoryUsageSetting.setupTempFileOnly());
        }
        return () -> {
            Files.createDirectories(temporaryFolder);
            return new ScratchFile(MemoryUsageSetting.setupTempFileOnly().setTempDir(temporaryFolder.toFile()));
        };
    }
}
