package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PeopleFinder;
import org.opensar.engine.detect.PersonSighting;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.Fingerprinter;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.DocumentClassifier;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * One document through the stages: extract, classify, title, propose redactions (in its text, and in the title,
 * author and source the bundle prints with it), fingerprint. A failure in any stage sends the document to review
 * with the failure as its evidence; nothing withheld can be disclosed by a crash. Used by the batch
 * {@link CasePipeline} and by the server's resumable per-document jobs.
 */
public final class DocumentProcessor {

    private final TextExtractor extractor;
    private final DocumentClassifier classifier;
    private final DisclosurePolicy policy;
    private final RedactionStage redactions;
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final PeopleFinder people = new PeopleFinder();

    public DocumentProcessor(
            TextExtractor extractor,
            DocumentClassifier classifier,
            DisclosurePolicy policy,
            RedactionStage redactions) {
        this.extractor = extractor;
        this.classifier = classifier;
        this.policy = policy;
        this.redactions = redactions;
    }

    /**
     * What processing one document gave: its report entry, its fingerprint for duplicate detection (null when it has
     * no usable text), its extracted text, where each of its pages starts in that text, how extraction went (null
     * when processing failed, so nothing of its text is kept and it must be read from its file again), and the people
     * it names with what it says of them (for the case's people register).
     */
    public record ProcessedDocument(
            DocumentReport report,
            DocumentFingerprint fingerprint,
            String text,
            List<Integer> pageStarts,
            ExtractionOutcome extraction,
            List<PersonSighting> sightings) {

        public ProcessedDocument {
            text = text == null ? "" : text;
            pageStarts = List.copyOf(pageStarts);
            sightings = sightings == null ? List.of() : List.copyOf(sightings);
        }
    }

    /** Every stage, redactions proposed with the people {@code description} lists. */
    public ProcessedDocument process(CaseDescription description, CaseDocument document) {
        return process(description, document, true);
    }

    /**
     * Every stage but the redactions: the text is read, classified, fingerprinted and its people found, so that the
     * case's register can be built from every document before any redaction is proposed ({@link #redact}).
     */
    public ProcessedDocument read(CaseDescription description, CaseDocument document) {
        return process(description, document, false);
    }

    /**
     * The document's report with the redactions proposed, using {@code description}'s people, for its text and for
     * what the bundle prints with it: its title, and the records system's author and source ({@code metadata}).
     */
    public DocumentReport redact(
            CaseDescription description,
            DocumentMetadata metadata,
            DocumentReport report,
            String text,
            List<Integer> pageStarts) {
        return report.withRedactions(proposals(description, metadata, report.title(), text, pageStarts));
    }

    private List<Redaction> proposals(
            CaseDescription description,
            DocumentMetadata metadata,
            String title,
            String text,
            List<Integer> pageStarts) {
        List<Redaction> proposed = new ArrayList<>();
        if (!text.isEmpty()) {
            proposed.addAll(redactions.propose(description, text, pageStarts));
        }
        proposed.addAll(redactions.proposeIn(description, DocumentPart.TITLE, title));
        proposed.addAll(redactions.proposeIn(description, DocumentPart.AUTHOR, metadata.author()));
        proposed.addAll(redactions.proposeIn(description, DocumentPart.SOURCE, metadata.source()));
        return proposed;
    }

    private ProcessedDocument process(CaseDescription description, CaseDocument document, boolean redact) {
        ExtractedDocument extracted = null;
        try {
            extracted = extractor.extract(document);
            Decision decision = classifier.classify(extracted, document.metadata(), description.people());
            String title = DocumentTitle.of(document, extracted, decision.reason());
            String text = extracted.fullText();
            List<Integer> pageStarts = extracted.pageStartOffsets();
            List<Redaction> proposed =
                    redact ? proposals(description, document.metadata(), title, text, pageStarts) : List.of();
            DocumentFingerprint fingerprint = extracted.outcome().usable()
                    ? fingerprinter.fingerprint(extracted, document.metadata().date())
                    : null;
            DocumentReport report =
                    DocumentReport.of(document.file(), title, decision, extracted.pageCount(), proposed);
            return new ProcessedDocument(report, fingerprint, text, pageStarts, extracted.outcome(), people.find(text));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Evidence what = new Evidence(Evidence.Kind.EXTRACTION, String.valueOf(e));
            Decision review = Decision.of(
                    ReasonCode.PROCESSING_FAILED,
                    List.of(what),
                    1.0,
                    policy.explain(ReasonCode.PROCESSING_FAILED, what.toString()));
            int pages = extracted == null ? 0 : extracted.pageCount();
            return new ProcessedDocument(
                    DocumentReport.of(document.file(), "Document", review, pages, List.of()),
                    null,
                    "",
                    List.of(),
                    null,
                    List.of());
        }
    }
}
