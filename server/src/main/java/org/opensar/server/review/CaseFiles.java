package org.opensar.server.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.platform.DiskFullException;
import org.opensar.server.platform.OwnerOnly;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attaching a request's case file: an uploaded .zip is unpacked (under the engine's zip-slip and zip-bomb guards)
 * into OPENSAR_HOME/case-files; a large export can instead be named by its folder on the server, under a folder the
 * council allowed. Every document is listed at once and the background workers start when the transaction commits.
 */
@Service
public class CaseFiles {

    private final Casework casework;
    private final CaseFileRepository caseFiles;
    private final CaseFileWorkers workers;
    private final ReviewProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseFiles(
            Casework casework,
            CaseFileRepository caseFiles,
            CaseFileWorkers workers,
            ReviewProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.casework = casework;
        this.caseFiles = caseFiles;
        this.workers = workers;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public Optional<CaseFileSummary> forRequest(CaseReference reference) {
        return caseFiles.forRequest(casework.get(reference).id());
    }

    /**
     * Attaches an uploaded .zip of a case file of {@code size} bytes (negative when not known). Refused with
     * {@link DiskFullException} before anything is written when the disk has no room for the zip and its unpacked
     * copy, and when the disk fills while writing (nothing is kept).
     */
    @Transactional
    public CaseFileSummary attachUpload(CaseReference reference, InputStream zip, long size, Actor actor) {
        InformationRequest request = attachable(reference);
        UUID id = UUID.randomUUID();
        Path folder = properties.caseFiles().resolve(id.toString());
        try {
            requireRoom(OwnerOnly.folder(properties.caseFiles()), size);
            OwnerOnly.folder(folder);
            Path upload = folder.resolve("upload.zip");
            try (OutputStream out = OwnerOnly.newFile(upload)) {
                zip.transferTo(out);
            }
            Path root = new CaseFileReader().unpack(upload, folder.resolve("case"));
            Files.delete(upload);
            return attach(request, id, CaseFileSource.UPLOAD, root, actor);
        } catch (IOException e) {
            deleteQuietly(folder);
            if (DiskFullException.causedBy(e)) {
                throw new DiskFullException("The case file was not attached", e);
            }
            throw new UncheckedIOException("cannot store the uploaded case file: " + e.getMessage(), e);
        } catch (CaseFileException | CaseFileRefusedException e) {
            deleteQuietly(folder);
            if (DiskFullException.causedBy(e)) {
                throw new DiskFullException("The case file was not attached", e);
            }
            throw new CaseFileRefusedException("The case file cannot be read: " + e.getMessage());
        }
    }

    /** Room for the zip and for its unpacked copy, which is at least as large. */
    private static void requireRoom(Path folder, long size) throws IOException {
        if (size > 0 && Files.getFileStore(folder).getUsableSpace() / 2 < size) {
            throw new DiskFullException(
                    "The case file was not attached",
                    new IOException("No space left on device for " + size + " bytes and their unpacked copy"));
        }
    }

    /**
     * Attaches a case file by its folder on the server, which must be under one of the allowed folders once every
     * link is resolved, with no link inside it to anywhere else ({@link ServerFolders}).
     */
    @Transactional
    public CaseFileSummary attachServerFolder(CaseReference reference, String folder, Actor actor) {
        InformationRequest request = attachable(reference);
        Path path = new ServerFolders(properties.serverFolderRoots()).allowed(folder);
        try {
            return attach(request, UUID.randomUUID(), CaseFileSource.SERVER_FOLDER, path, actor);
        } catch (CaseFileException e) {
            throw new CaseFileRefusedException("The case file cannot be read: " + e.getMessage());
        }
    }

    private InformationRequest attachable(CaseReference reference) {
        InformationRequest request = casework.get(reference);
        if (request.status().closed()) {
            throw new CaseFileRefusedException("This request is closed: no case file can be attached.");
        }
        if (!request.type().subjectAccess()) {
            throw new CaseFileRefusedException("Case files belong to subject access requests, not to a "
                    + request.type().label() + ".");
        }
        if (caseFiles.forRequest(request.id()).isPresent()) {
            throw new CaseFileRefusedException("This request already has a case file.");
        }
        return request;
    }

    private CaseFileSummary attach(InformationRequest request, UUID id, CaseFileSource source, Path root, Actor actor) {
        try (CaseFile caseFile = new CaseFileReader().open(root)) {
            if (caseFile.documents().isEmpty()) {
                throw new CaseFileRefusedException("there are no documents in its documents/ folder");
            }
            caseFiles.insert(
                    id,
                    request.id(),
                    request.reference().value(),
                    source,
                    caseFile.root().toString(),
                    caseFile.documents(),
                    caseFile.warnings(),
                    actor.username(),
                    clock.instant());
            events.publishEvent(new CaseFileAttached(
                    request.reference(),
                    actor,
                    new CaseFileAttached.Attached(source, caseFile.documents().size())));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.start(id);
            }
        });
        return caseFiles.find(id).orElseThrow();
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            // the folder is left behind; it holds nothing the database refers to
        }
    }
}
