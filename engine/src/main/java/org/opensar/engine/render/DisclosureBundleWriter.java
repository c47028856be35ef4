package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Disposition;

/**
 * Makes the release: OUT/bundle.pdf for the requester and OUT/redaction-log.csv for the council. The bundle is
 * verified before it is left in place; a bundle that fails is deleted, and the log says why. This is the entry point
 * both {@code bin/opensar process} and the server use.
 */
public final class DisclosureBundleWriter {

    public static final String BUNDLE = "bundle.pdf";
    public static final String LOG = "redaction-log.csv";

    private final TextExtractor extractor;
    private final BundleRenderer renderer;

    public DisclosureBundleWriter(TextExtractor extractor) {
        this.extractor = extractor;
        this.renderer = new PdfBundleRenderer(extractor);
    }

    /** Rasterises scans with {@code ocr}: give it the settings extraction used, so both read pages alike. */
    public DisclosureBundleWriter(TextExtractor extractor, WordOcr ocr) {
        this.extractor = extractor;
        this.renderer = new PdfBundleRenderer(extractor, ocr);
    }

    /** The bundle written, or not; {@code bundle} exists only when {@code verification} is clean. */
    public record Outcome(Path bundle, Path log, RenderedBundle rendered, Verification verification) {}

    public Outcome write(BundleRequest request, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path bundle = outDir.resolve(BUNDLE);
        RenderedBundle rendered = renderer.render(request, bundle);
        Verification verification =
                new BundleVerifier().verify(bundle, request.redactedTerms(), withheldTexts(request));
        if (!verification.clean()) {
            Files.delete(bundle);
        }
        Path log = outDir.resolve(LOG);
        RedactionLog.write(log, request, rendered, verification);
        return new Outcome(bundle, log, rendered, verification);
    }

    private List<WithheldText> withheldTexts(BundleRequest request) {
        List<WithheldText> texts = new ArrayList<>();
        for (BundleDocument document : request.documents()) {
            if (document.decision().disposition() == Disposition.WITHHOLD) {
                ExtractedDocument extracted = extractor.extract(document.document());
                if (extracted.outcome().usable()) {
                    texts.add(WithheldText.of(document.document().file(), extracted.fullText()));
                }
            }
        }
        return texts;
    }
}
