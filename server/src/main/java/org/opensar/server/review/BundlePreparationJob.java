package org.opensar.server.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.RenderProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work of the background job that prepares a bundle for release: renders and verifies it in a private folder,
 * saying how far it has got as it goes, and keeps it encrypted if it verified clean, or records what verification
 * found. Nothing decrypted is left behind.
 */
@Component
class BundlePreparationJob {

    private static final Logger log = LoggerFactory.getLogger(BundlePreparationJob.class);

    private final PreparedBundleRepository prepared;
    private final CaseFileRepository caseFiles;
    private final DisclosureBundles bundles;
    private final BundlePreparation preparation;
    private final WorkFolder work;

    BundlePreparationJob(
            PreparedBundleRepository prepared,
            CaseFileRepository caseFiles,
            DisclosureBundles bundles,
            BundlePreparation preparation,
            WorkFolder work) {
        this.prepared = prepared;
        this.caseFiles = caseFiles;
        this.bundles = bundles;
        this.preparation = preparation;
        this.work = work;
    }

    void work(UUID id) {
        Optional<PreparedBundle> found = prepared.find(id);
        if (found.isEmpty() || !prepared.start(id)) {
            return;
        }
        PreparedBundle bundle = found.get();
        Path folder = null;
        try {
            CaseFileSummary caseFile = caseFiles.find(bundle.caseFileId()).orElseThrow();
            folder = work.newFolder("prepare-");
            DisclosureBundleWriter.Outcome outcome =
                    bundles.write(caseFile, bundles.request(caseFile, bundle.issued()), folder, progress(id));
            if (outcome.verification().clean()) {
                preparation.keep(bundle, folder);
                if (!preparation.ready(
                        bundle,
                        outcome.rendered().pages(),
                        outcome.rendered().redactions().size())) {
                    preparation.discard(bundle.id());
                }
            } else {
                preparation.failed(bundle, outcome.verification().findings());
            }
        } catch (CaseFileRefusedException | CaseFileException e) {
            preparation.failed(bundle, List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            log.warn("The bundle of case file {} could not be prepared", bundle.caseFileId(), e);
            preparation.failed(bundle, List.of("the bundle could not be made: " + e.getMessage()));
        } finally {
            deleteQuietly(folder);
        }
    }

    private RenderProgress progress(UUID id) {
        return new RenderProgress() {
            @Override
            public void rendered(int done, int total) {
                prepared.rendered(id, done, total);
            }

            @Override
            public void verifying() {
                prepared.verifying(id);
            }
        };
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (folder != null) {
                Folders.delete(folder);
            }
        } catch (IOException e) {
            log.warn("A private folder could not be deleted: {}", folder, e);
        }
    }
}
