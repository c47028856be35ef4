package org.opensar.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.RenderMode;
import org.opensar.engine.render.RenderProgress;
import org.opensar.engine.render.RenderedBundle;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundle as it would be released with the decisions as they stand now, or one document as it will be rendered in
 * it, for the officer and the manager checking, before approval and before release. Made by the same request and
 * writer as the release ({@link DisclosureBundles}), verified the same way, stamped on every page as a preview
 * ({@link PreviewStamp}), in a private folder that is deleted once the preview has been sent. Every preview is audited.
 */
@Service
class BundlePreview {

    private static final Logger log = LoggerFactory.getLogger(BundlePreview.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final Workbench workbench;
    private final DisclosureBundles bundles;
    private final WorkFolder work;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    BundlePreview(
            Workbench workbench,
            DisclosureBundles bundles,
            WorkFolder work,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.workbench = workbench;
        this.bundles = bundles;
        this.work = work;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A preview: the stamped PDF to send, named for what it is, or (no PDF) what verification found instead. Closing
     * it deletes its private folder.
     */
    record Preview(Path pdf, String fileName, List<String> findings, Path folder) implements AutoCloseable {

        boolean shown() {
            return pdf != null;
        }

        @Override
        public void close() {
            try {
                Folders.delete(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete a preview's folder " + folder, e);
            }
        }
    }

    Preview bundle(CaseReference reference, Actor actor) {
        CaseFileSummary caseFile = processed(reference);
        BundleRequest request = bundles.request(caseFile, LocalDate.now(clock));
        return preview(reference, actor, caseFile, request, null, reference.value() + "-preview.pdf");
    }

    /**
     * One document to disclose as it will be rendered: the bundle is made with the other documents typeset (quicker
     * than reading scans again, and their pages are not shown), and this document's pages are taken from it.
     */
    Preview document(CaseReference reference, long documentId, Actor actor) {
        CaseFileSummary caseFile = processed(reference);
        ReviewDocument document = workbench.document(caseFile.id(), documentId);
        if (document.disposition() != Disposition.DISCLOSE) {
            throw new CaseFileRefusedException("This document is not in the bundle: it is to be "
                    + document.disposition().label() + ". Only documents to disclose can be previewed.");
        }
        BundleRequest all = bundles.request(caseFile, LocalDate.now(clock));
        BundleRequest request = new BundleRequest(
                all.description(),
                all.documents().stream()
                        .map(d -> d.document().file().equals(document.file()) ? d : d.renderedAs(RenderMode.TYPESET))
                        .toList(),
                all.letter(),
                all.wordings(),
                all.issued());
        return preview(
                reference,
                actor,
                caseFile,
                request,
                document,
                reference.value() + "-document-" + document.id() + "-preview.pdf");
    }

    private Preview preview(
            CaseReference reference,
            Actor actor,
            CaseFileSummary caseFile,
            BundleRequest request,
            ReviewDocument document,
            String fileName) {
        Path folder = null;
        try {
            folder = work.newFolder("preview-");
            DisclosureBundleWriter.Outcome outcome =
                    bundles.write(caseFile, request, folder.resolve("bundle"), RenderProgress.NONE);
            List<String> findings = outcome.verification().findings();
            Optional<int[]> pages = findings.isEmpty() ? pages(outcome.rendered(), document) : Optional.empty();
            if (pages.isEmpty()) {
                audit(reference, actor, document, 0, findings);
                return new Preview(null, fileName, findings.isEmpty() ? unreadable(document) : findings, folder);
            }
            Path pdf = folder.resolve(fileName);
            String band = (document == null ? "Bundle " + reference.value() : "Document " + document.file())
                    + ", decisions as at " + WHEN.format(LocalDateTime.now(clock)) + ", verified clean";
            PreviewStamp.stamp(outcome.bundle(), pdf, pages.get()[0], pages.get()[1], band);
            audit(reference, actor, document, pages.get()[1] - pages.get()[0] + 1, findings);
            return new Preview(pdf, fileName, findings, folder);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("cannot make the preview: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    /** The bundle pages to show: all of them, or the document's own, if it is in the bundle. */
    private static Optional<int[]> pages(RenderedBundle rendered, ReviewDocument document) {
        if (document == null) {
            return Optional.of(new int[] {1, rendered.pages()});
        }
        List<RenderedBundle.IndexEntry> index = rendered.index().stream()
                .sorted(Comparator.comparingInt(RenderedBundle.IndexEntry::firstPage))
                .toList();
        for (int i = 0; i < index.size(); i++) {
            if (index.get(i).file().equals(document.file())) {
                int last = i + 1 < index.size() ? index.get(i + 1).firstPage() - 1 : rendered.pages();
                return Optional.of(new int[] {index.get(i).firstPage(), last});
            }
        }
        return Optional.empty();
    }

    private static List<String> unreadable(ReviewDocument document) {
        return List.of(document.file() + " could not be read again to render it: it would be listed in the bundle as"
                + " waiting for review.");
    }

    private CaseFileSummary processed(CaseReference reference) {
        CaseFileSummary caseFile = workbench.caseFile(reference);
        if (caseFile.status() != CaseFileStatus.PROCESSED) {
            throw new CaseFileRefusedException(
                    "The case file is still being processed: there is no bundle to preview.");
        }
        return caseFile;
    }

    private record Previewed(String document, int pages, String verification, List<String> findings) {}

    private void audit(
            CaseReference reference, Actor actor, ReviewDocument document, int pages, List<String> findings) {
        Previewed previewed = new Previewed(
                document == null ? null : document.file(),
                pages,
                findings.isEmpty() ? "verified clean" : "failed",
                findings);
        transactions.executeWithoutResult(status -> events.publishEvent(new ReviewRecorded(
                reference.value(),
                actor.username(),
                "BUNDLE_PREVIEWED",
                null,
                json.writeValueAsString(previewed),
                null)));
    }

    private static void deleteQuietly(Path folder) {
        if (folder != null) {
            try {
                Folders.delete(folder);
            } catch (IOException e) {
                log.warn("A preview's private folder could not be deleted: {}", folder, e);
            }
        }
    }
}
