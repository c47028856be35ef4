package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.detect.PeopleFinder;
import org.opensar.engine.detect.PersonSighting;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.Fingerprinter;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.DocumentClassifier;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * One document through the stages: extract, classify, propose redactions, fingerprint. A failure in any stage sends
 * the document to review with the failure as its evidence; nothing withheld can be disclosed by a crash. Used by the
 * batch {@link CasePipeline} and by the server's resumable per-document jobs.
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
     * no usable text), its extracted text, where each of its pages starts in that text, and the people it names with
     * what it says of them (for the case's people register).
     */
    public record ProcessedDocument(
            DocumentReport report,
            DocumentFingerprint fingerprint,
            String text,
            List<Integer> pageStarts,
            List<PersonSighting> sightings) {

        public ProcessedDocument {
            text = text == null ? "" : text;
            pageStarts = List.copyOf(pageStarts);
            sightings = sightings == null ? List.of() : List.copyOf(sightings);
        }

        public ProcessedDocument(
                DocumentReport report, DocumentFingerprint fingerprint, String text, List<Integer> pageStarts) {
            this(report, fingerprint, text, pageStarts, List.of());
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

    /** The document's report with the redactions proposed for its text using {@code description}'s people. */
    public DocumentReport redact(
            CaseDescription description, DocumentReport report, String text, List<Integer> pageStarts) {
        if (text.isEmpty()) {
            return report;
        }
        return report.withRedactions(redactions.propose(description, text, pageStarts));
    }

    private ProcessedDocument process(CaseDescription description, CaseDocument document, boolean redact) {
        ExtractedDocument extracted = null;
        try {
            extracted = extractor.extract(document);
            Decision decision = classifier.classify(extracted, document.metadata(), description.people());
            String text = extracted.fullText();
            List<Integer> pageStarts = extracted.pageStartOffsets();
            List<Redaction> proposed = redact ? redactions.propose(description, text, pageStarts) : List.of();
            DocumentFingerprint fingerprint =
                    extracted.outcome().usable() ? fingerprinter.fingerprint(extracted) : null;
            DocumentReport report = DocumentReport.of(
                    document.file(), DocumentTitle.of(document, extracted), decision, extracted.pageCount(), proposed);
            return new ProcessedDocument(report, fingerprint, text, pageStarts, people.find(text));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Evidence what = new Evidence(Evidence.Kind.EXTRACTION, String.valueOf(e));
            Decision review = Decision.of(
                    ReasonCode.PROCESSING_FAILED,
                    List.of(what),
                    1.0,
                    policy.explain(ReasonCode.PROCESSING_FAILED, what.toString()));
            int pages = extracted == null ? 0 : extracted.pageCount();
            return new ProcessedDocument(
                    DocumentReport.of(document.file(), document.fileName(), review, pages, List.of()),
                    null,
                    "",
                    List.of());
        }
    }
}
