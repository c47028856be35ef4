package org.opensar.server.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.render.BundleDigest;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.platform.AtRestEncryption;
import org.opensar.server.platform.EncryptedFiles;
import org.opensar.server.staff.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares an approved disclosure for release in a background job ({@link BundlePreparationJob}), so no request
 * waits while the bundle is rendered and verified: the officer sees how far it has got, and once it verified clean,
 * releases it in seconds. The prepared bundle is kept encrypted with the server's data key until then. It was made
 * from the decisions as they were when it was asked for; once any of them changes, or the day it is dated has passed,
 * it is stale and must be prepared again.
 */
@Service
class BundlePreparation {

    private static final Logger log = LoggerFactory.getLogger(BundlePreparation.class);

    static final String BUNDLE = "bundle.pdf";
    static final String LOG = "redaction-log.csv";
    /** What is kept of a prepared bundle: the bundle, its redaction log, and the digest that vouches it verified. */
    private static final List<String> KEPT = List.of(BUNDLE, LOG, BundleDigest.FILE);

    private final Casework casework;
    private final Workbench workbench;
    private final CaseFileRepository caseFiles;
    private final PreparedBundleRepository prepared;
    private final PreparationJobs jobs;
    private final AtRestEncryption encryption;
    private final ReviewProperties properties;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    BundlePreparation(
            Casework casework,
            Workbench workbench,
            CaseFileRepository caseFiles,
            PreparedBundleRepository prepared,
            PreparationJobs jobs,
            AtRestEncryption encryption,
            ReviewProperties properties,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.casework = casework;
        this.workbench = workbench;
        this.caseFiles = caseFiles;
        this.prepared = prepared;
        this.jobs = jobs;
        this.encryption = encryption;
        this.properties = properties;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A case file's prepared bundle, and whether it is stale (made from other decisions, or dated another day). */
    public record Preparation(PreparedBundle bundle, boolean stale) {}

    public Optional<Preparation> of(CaseReference reference) {
        return caseFiles.forRequest(casework.get(reference).id()).flatMap(this::of);
    }

    Optional<Preparation> of(CaseFileSummary caseFile) {
        return prepared.forCaseFile(caseFile.id())
                .map(bundle -> new Preparation(
                        bundle, !bundle.current(prepared.decisions(caseFile.id()), LocalDate.now(clock))));
    }

    /**
     * Starts preparing the approved disclosure's bundle, unless it is already being prepared from the decisions as
     * they are; returns the preparation.
     */
    @Transactional
    public PreparedBundle prepare(CaseReference reference, Actor actor) {
        approved(casework.get(reference), "prepared for release");
        CaseFileSummary caseFile = workbench.caseFile(reference);
        String decisions = prepared.decisions(caseFile.id());
        LocalDate today = LocalDate.now(clock);
        Optional<PreparedBundle> before = prepared.forCaseFile(caseFile.id());
        if (before.isPresent() && before.get().state().working() && before.get().current(decisions, today)) {
            return before.get();
        }
        PreparedBundle next = PreparedBundle.requested(
                caseFile.id(),
                decisions,
                today,
                prepared.documentsToDisclose(caseFile.id()),
                actor.username(),
                clock.instant());
        prepared.replace(next);
        record(reference.value(), actor.username(), "BUNDLE_PREPARATION_STARTED", new Started(next.documents()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                before.ifPresent(old -> discard(old.id()));
                jobs.start(next.id());
            }
        });
        return next;
    }

    private record Started(int documentsToDisclose) {}

    /** The request, if an IG manager approved its disclosure; otherwise says it cannot be {@code done} yet. */
    static InformationRequest approved(InformationRequest request, String done) {
        if (request.status() != RequestStatus.APPROVED_FOR_RELEASE) {
            throw new CaseFileRefusedException("Only a disclosure an IG manager has approved can be " + done
                    + "; this request is " + request.status().label().toLowerCase() + ".");
        }
        return request;
    }

    /** Seals the job's bundle and its redaction log from {@code folder} with the data key, and keeps them. */
    void keep(PreparedBundle bundle, Path folder) throws IOException {
        Files.createDirectories(properties.prepared());
        for (String name : KEPT) {
            EncryptedFiles.seal(
                    encryption, folder.resolve(name), sealed(bundle.id(), name), associatedData(bundle.id(), name));
        }
    }

    /**
     * The kept bundle verified clean and is ready for release; false (and nothing is recorded) when a newer
     * preparation overtook it meanwhile, and it is to be discarded.
     */
    @Transactional
    boolean ready(PreparedBundle bundle, int pages, int redactions) {
        if (!prepared.finish(bundle.id(), PreparationState.READY, pages, redactions, List.of())) {
            return false;
        }
        record(reference(bundle), "system", "BUNDLE_PREPARED", new Prepared(pages, redactions, "verified clean"));
        return true;
    }

    private record Prepared(int pages, int redactions, String verification) {}

    /** The job's bundle did not verify, or could not be made: nothing of it is kept, and why is shown. */
    @Transactional
    void failed(PreparedBundle bundle, List<String> findings) {
        if (prepared.finish(bundle.id(), PreparationState.FAILED, null, null, findings)) {
            record(reference(bundle), "system", "BUNDLE_VERIFICATION_FAILED", new Failed(findings));
        }
    }

    private record Failed(List<String> findings) {}

    /**
     * The prepared bundle, if it can be released as it is: verified clean, and made from the decisions as they are,
     * dated today. Otherwise says why not, and what to do.
     */
    PreparedBundle releasable(CaseFileSummary caseFile) {
        Preparation preparation = of(caseFile)
                .orElseThrow(() -> new CaseFileRefusedException("Prepare the bundle first: it is rendered and verified"
                        + " in the background, then released from this page."));
        PreparedBundle bundle = preparation.bundle();
        if (bundle.state() != PreparationState.READY) {
            throw new CaseFileRefusedException(
                    bundle.state() == PreparationState.FAILED
                            ? "The bundle did not pass verification, so nothing can be released: "
                                    + String.join("; ", bundle.findings())
                            : "The bundle is " + bundle.state().label().toLowerCase() + ": wait until it is ready.");
        }
        if (preparation.stale()) {
            throw new CaseFileRefusedException(
                    "The decisions changed since the bundle was prepared, or it was prepared on another day: prepare"
                            + " it again, so the requester gets the bundle as it is decided and dated today.");
        }
        return bundle;
    }

    /**
     * Writes the prepared bundle and its redaction log, decrypted, into {@code folder}, for sealing; refuses, asking
     * for it to be prepared again, when its files are gone or do not open (altered, or sealed with another key).
     */
    void open(PreparedBundle bundle, Path folder) throws IOException {
        for (String name : KEPT) {
            Path sealed = sealed(bundle.id(), name);
            if (!Files.isRegularFile(sealed)) {
                throw new CaseFileRefusedException("The prepared bundle is no longer on the server: prepare it again.");
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                EncryptedFiles.open(encryption, sealed, out, associatedData(bundle.id(), name));
            } catch (IllegalStateException | IOException e) {
                log.warn("The prepared bundle {} does not open: {}", bundle.id(), e.getMessage());
                throw new CaseFileRefusedException("The prepared bundle does not open (it was altered, or sealed with"
                        + " another key than this server's): prepare it again.");
            }
        }
    }

    /** The bundle was released: its prepared copy is deleted once the release is committed. */
    void released(PreparedBundle bundle) {
        prepared.released(bundle.id());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                discard(bundle.id());
            }
        });
    }

    void discard(UUID id) {
        for (String name : KEPT) {
            try {
                Files.deleteIfExists(sealed(id, name));
            } catch (IOException e) {
                log.warn("A prepared bundle could not be deleted (it stays encrypted): {}", e.getMessage());
            }
        }
    }

    private Path sealed(UUID id, String name) {
        return properties.prepared().resolve(id + "-" + name + ".sealed");
    }

    private static String associatedData(UUID id, String name) {
        return "prepared bundle|" + id + "|" + name;
    }

    private String reference(PreparedBundle bundle) {
        return caseFiles.find(bundle.caseFileId()).orElseThrow().reference();
    }

    private void record(String reference, String actor, String action, Object after) {
        events.publishEvent(new ReviewRecorded(reference, actor, action, null, json.writeValueAsString(after), null));
    }
}
