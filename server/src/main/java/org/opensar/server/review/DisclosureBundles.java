package org.opensar.server.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.render.ApprovedRedaction;
import org.opensar.engine.render.BundleDocument;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.ReasonWordings;
import org.opensar.engine.render.RenderProgress;
import org.opensar.server.council.CouncilSettings;
import org.springframework.stereotype.Component;

/**
 * The disclosure bundle as the officers have decided it, made by the engine's writer: the one place the server builds
 * a bundle request and calls the writer, for the preview and the release alike, so both show the same bundle.
 */
@Component
class DisclosureBundles {

    private final CaseFileRepository caseFiles;
    private final RedactionRepository redactions;
    private final ReleaseRepository releases;
    private final StoredTexts texts;
    private final ReviewProperties properties;
    private final CouncilSettings council;
    private final ReasonWordings wordings;

    DisclosureBundles(
            CaseFileRepository caseFiles,
            RedactionRepository redactions,
            ReleaseRepository releases,
            StoredTexts texts,
            ReviewProperties properties,
            CouncilSettings council,
            ReasonWordings wordings) {
        this.council = council;
        this.wordings = wordings;
        this.caseFiles = caseFiles;
        this.redactions = redactions;
        this.releases = releases;
        this.texts = texts;
        this.properties = properties;
    }

    /**
     * Renders and verifies the bundle into {@code out} (bundle.pdf, only if it verified clean, and
     * redaction-log.csv), reading each document's text as processing stored it, telling {@code progress} as it goes.
     */
    DisclosureBundleWriter.Outcome write(
            CaseFileSummary caseFile, BundleRequest request, Path out, RenderProgress progress) throws IOException {
        ExtractionSettings extraction = ProcessingConfiguration.extraction(properties);
        TimeLimitedExtractor files =
                new TimeLimitedExtractor(new TikaTextExtractor(extraction), properties.documentTimeout());
        return new DisclosureBundleWriter(new StoredTextExtractor(texts, caseFile.id(), files), new WordOcr(extraction))
                .write(request, out, progress);
    }

    /** Every document with its decision now and its accepted redactions, the bundle dated {@code issued}. */
    BundleRequest request(CaseFileSummary caseFile, LocalDate issued) {
        String approver = releases.checks(caseFile.id()).stream()
                .filter(c -> c.outcome() == QualityCheckOutcome.APPROVED)
                .reduce((first, second) -> second)
                .map(QualityCheckRecord::decidedBy)
                .orElse("an IG manager");
        Map<Long, List<RedactionView>> accepted =
                redactions.accepted(caseFile.id()).stream().collect(Collectors.groupingBy(RedactionView::documentId));
        try (CaseFile source = new CaseFileReader().open(Path.of(caseFile.folder()))) {
            Map<String, CaseDocument> byFile =
                    source.documents().stream().collect(Collectors.toMap(CaseDocument::file, Function.identity()));
            List<BundleDocument> documents = new ArrayList<>();
            for (ReviewDocument document : caseFiles.all(caseFile.id())) {
                CaseDocument file = byFile.get(document.file());
                if (file == null) {
                    throw new CaseFileRefusedException(
                            document.file() + " is no longer in the case folder, so the bundle cannot be made.");
                }
                documents.add(document(caseFile, document, file, approver, accepted));
            }
            CaseDescription described = source.description();
            CaseDescription description = new CaseDescription(
                    caseFile.reference(), described.subject(), described.people(), described.knownToRequester());
            CoveringLetter letter = council.current()
                    .letter(
                            properties.letter() == null
                                    ? CoveringLetter.defaults()
                                    : CoveringLetter.read(properties.letter()));
            return new BundleRequest(description, documents, letter, wordings, issued);
        }
    }

    private BundleDocument document(
            CaseFileSummary caseFile,
            ReviewDocument document,
            CaseDocument file,
            String approver,
            Map<Long, List<RedactionView>> accepted) {
        CaseFileRepository.DocumentContent content = caseFiles.content(document.id());
        List<Evidence> evidence = new ArrayList<>(content.evidence().stream()
                .map(e -> new Evidence(Evidence.Kind.CANDIDATE, e))
                .toList());
        String decidedBy = "OpenSAR engine, approved by " + approver;
        Instant decidedAt = caseFile.processedAt();
        if (document.changedByOfficer()) {
            evidence.add(new Evidence(
                    Evidence.Kind.CANDIDATE, "changed by " + content.changedBy() + ": " + content.changeReason()));
            if (content.professionalOpinion() != null) {
                evidence.add(new Evidence(
                        Evidence.Kind.CANDIDATE, "professional's opinion: " + content.professionalOpinion()));
            }
            decidedBy = content.changedBy();
            decidedAt = content.changedAt();
        }
        return new BundleDocument(
                file,
                document.title(),
                new Decision(
                        document.disposition(),
                        document.reason(),
                        evidence,
                        document.confidence(),
                        document.explanation(),
                        content.duplicateOf()),
                decidedBy,
                decidedAt,
                accepted.getOrDefault(document.id(), List.of()).stream()
                        .map(r -> new ApprovedRedaction(
                                r.text(),
                                r.start(),
                                r.end(),
                                r.page(),
                                r.type(),
                                r.reason(),
                                r.decidedBy(),
                                r.decidedAt(),
                                r.part()))
                        .toList());
    }
}
