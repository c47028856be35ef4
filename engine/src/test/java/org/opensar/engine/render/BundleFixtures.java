package org.opensar.engine.render;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/** Bundle requests made of documents held in memory, for the renderer's and verifiers' tests. */
final class BundleFixtures {

    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final Decision CASE_NOTE = Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, "");

    private BundleFixtures() {}

    /** A request for Jordan Ellis's bundle, with the default covering letter, for these documents. */
    static BundleRequest requestFor(BundleDocument... documents) {
        return new BundleRequest(
                CaseDescription.ofSubject("Jordan Ellis"),
                List.of(documents),
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));
    }

    static BundleDocument document(String file, String title, Decision decision) {
        return document(file, new DocumentMetadata(title, null, LocalDate.of(2019, 3, 4), null, null), decision);
    }

    static BundleDocument document(String file, DocumentMetadata metadata, Decision decision) {
        return new BundleDocument(
                new CaseDocument(file, Path.of(file), 1, metadata),
                metadata.title(),
                decision,
                "opensar policy",
                AT,
                List.of());
    }

    static BundleDocument withRedactions(BundleDocument d, List<ApprovedRedaction> redactions) {
        return new BundleDocument(d.document(), d.title(), d.decision(), d.decidedBy(), d.decidedAt(), redactions);
    }

    static ApprovedRedaction redaction(String text, int start, PersonalDataType type, RedactionReason reason) {
        return new ApprovedRedaction(text, start, start + text.length(), 1, type, reason, "officer A", AT);
    }

    static ApprovedRedaction name(String text, String in) {
        return redaction(text, in.indexOf(text), PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME);
    }

    /** Each file's text as one page. */
    static TextExtractor inMemory(Map<String, String> texts) {
        return document -> new ExtractedDocument(
                document.file(), List.of(texts.get(document.file())), Map.of(), ExtractionOutcome.EXTRACTED, "");
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
