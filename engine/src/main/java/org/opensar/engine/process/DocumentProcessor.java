package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentPart;
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
 * One document through the stages: extract, classify, title, propose redactions (in its text, and in the title,
 * author and source the bundle prints with it), fingerprint. A failure in any stage sends
 * the document to review with the failure as its evidence; nothing withheld can be disclosed by a crash. Used by the
 * batch {@link CasePipeline} and by the server's resumable per-document jobs.
 */
public final class DocumentProcessor {

    private final TextExtractor extractor;
    private final DocumentClassifier classifier;
    private final DisclosurePolicy policy;
    private final RedactionStage redactions;
    private final Fingerprinter fingerprinter = new Fingerprinter();

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
     * no usable text), its extracted text and where each of its pages starts in that text.
     */
    public record ProcessedDocument(
            DocumentReport report, DocumentFingerprint fingerprint, String text, List<Integer> pageStarts) {

        public ProcessedDocument {
            text = text == null ? "" : text;
            pageStarts = List.copyOf(pageStarts);
        }
    }

    public ProcessedDocument process(CaseDescription description, CaseDocument document) {
        ExtractedDocument extracted = null;
        try {
            extracted = extractor.extract(document);
            Decision decision = classifier.classify(extracted, document.metadata(), description.people());
            String title = DocumentTitle.of(document, extracted, decision.reason());
            List<Redaction> proposed = new ArrayList<>(redactions.propose(description, extracted, decision));
            proposed.addAll(redactions.proposeIn(description, DocumentPart.TITLE, title));
            proposed.addAll(redactions.proposeIn(
                    description, DocumentPart.AUTHOR, document.metadata().author()));
            proposed.addAll(redactions.proposeIn(
                    description, DocumentPart.SOURCE, document.metadata().source()));
            DocumentFingerprint fingerprint = extracted.outcome().usable()
                    ? fingerprinter.fingerprint(extracted, document.metadata().date())
                    : null;
            DocumentReport report =
                    DocumentReport.of(document.file(), title, decision, extracted.pageCount(), proposed);
            return new ProcessedDocument(report, fingerprint, extracted.fullText(), extracted.pageStartOffsets());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Evidence what = new Evidence(Evidence.Kind.EXTRACTION, String.valueOf(e));
            Decision review = Decision.of(
                    ReasonCode.PROCESSING_FAILED,
                    List.of(what),
                    1.0,
                    policy.explain(ReasonCode.PROCESSING_FAILED, what.toString()));
            int pages = extracted == null ? 0 : extracted.pageCount();
            return new ProcessedDocument(
                    DocumentReport.of(document.file(), "Document", review, pages, List.of()), null, "", List.of());
        }
    }
}
