package org.opensar.server.cctv;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opensar.engine.cctv.Footage;
import org.opensar.engine.cctv.FootageException;
import org.opensar.engine.cctv.Thumbnail;
import org.opensar.engine.cctv.TimelineSampler;
import org.opensar.engine.cctv.TimelineSettings;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestEvent;
import org.opensar.server.casework.RequestType;
import org.opensar.server.platform.AtRestEncryption;
import org.opensar.server.platform.OwnerOnly;
import org.opensar.server.staff.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The footage of personal CCTV requests: uploaded as it streams in, encrypted at rest with the upload key
 * ({@link SealedFootage}), never held whole in memory; its timeline of thumbnails made in a background job that any
 * node may run; read back a frame at a time for stills; and deleted, audited, once the request has been closed for
 * the retention period.
 */
@Service
public class FootageLibrary {

    private static final Logger log = LoggerFactory.getLogger(FootageLibrary.class);

    private final FootageRepository footage;
    private final Casework casework;
    private final AtRestEncryption cipher;
    private final CctvProperties properties;
    private final CctvAudit audit;
    private final SchedulerClient scheduler;
    private final OneTimeTask<String> sampleTask;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FootageLibrary(
            FootageRepository footage,
            Casework casework,
            AtRestEncryption cipher,
            CctvProperties properties,
            CctvAudit audit,
            @Lazy SchedulerClient scheduler,
            @Lazy OneTimeTask<String> sampleTask,
            TransactionTemplate transactions,
            Clock clock) {
        this.footage = footage;
        this.casework = casework;
        this.cipher = cipher;
        this.properties = properties;
        this.audit = audit;
        this.scheduler = scheduler;
        this.sampleTask = sampleTask;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the audit log keeps of an upload: the file as it came, never its content. */
    record Uploaded(UUID id, String fileName, long sizeBytes, String sha256) {}

    /** Stores the footage encrypted, checks it can be read, and starts its timeline. */
    public FootageRecord upload(CaseReference reference, InputStream in, String fileName, Actor actor) {
        requireOpen(reference);
        UUID id = UUID.randomUUID();
        Path file = file(id);
        try {
            OwnerOnly.folder(properties.footage());
            SealedFootage.Written written = SealedFootage.write(
                    in, file, id.toString(), cipher, properties.maxFootage().toBytes());
            try (SeekableByteChannel channel = SealedFootage.open(file, id.toString(), cipher);
                    Footage opened = Footage.open(channel)) {
                opened.info();
            } catch (FootageException e) {
                Files.deleteIfExists(file);
                throw new CctvRefusedException(e.getMessage());
            }
            String name = fileName == null || fileName.isBlank()
                    ? "footage"
                    : Path.of(fileName).getFileName().toString();
            FootageRecord record = new FootageRecord(
                    id,
                    reference.value(),
                    name,
                    written.size(),
                    written.sha256(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    FootageStatus.SAMPLING,
                    null,
                    actor.username(),
                    clock.instant(),
                    null,
                    null);
            transactions.executeWithoutResult(status -> {
                footage.insert(record);
                audit.record(
                        reference.value(),
                        actor.username(),
                        "CCTV_FOOTAGE_UPLOADED",
                        null,
                        new Uploaded(id, name, written.size(), written.sha256()),
                        null);
            });
            scheduler.scheduleIfNotExists(sampleTask.instance(id.toString()), clock.instant());
            return record;
        } catch (SealedFootage.FootageTooLargeException e) {
            throw new CctvRefusedException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the footage: " + e.getMessage(), e);
        }
    }

    /**
     * Records a picture the control room exported on its own, as an export with no file and no timeline (the picture
     * itself is kept only as the still it becomes); audited. Its stills' pictures are deleted with it by retention.
     */
    FootageRecord recordStill(CaseReference reference, UploadedStill still, Actor actor) {
        requireOpen(reference);
        FootageRecord record = new FootageRecord(
                UUID.randomUUID(),
                reference.value(),
                still.fileName(),
                still.sizeBytes(),
                still.sha256(),
                still.format().name(),
                still.picture().getWidth(),
                still.picture().getHeight(),
                1L,
                null,
                null,
                FootageStatus.STILL,
                null,
                actor.username(),
                clock.instant(),
                null,
                null);
        footage.insert(record);
        audit.record(
                reference.value(),
                actor.username(),
                "CCTV_STILL_UPLOADED",
                null,
                new Uploaded(record.id(), record.fileName(), record.sizeBytes(), record.sha256()),
                null);
        return record;
    }

    private void requireOpen(CaseReference reference) {
        InformationRequest request = casework.get(reference);
        if (request.type() != RequestType.PERSONAL_CCTV_SAR) {
            throw new CctvRefusedException("Footage and stills are uploaded only for a personal CCTV request.");
        }
        if (request.status().closed()) {
            throw new CctvRefusedException("The request is closed: no more footage or stills can be added.");
        }
    }

    /** The background job: the footage's timeline of thumbnails, stored encrypted as they come. */
    void sample(UUID id) {
        FootageRecord record = footage.find(id).orElse(null);
        if (record == null || record.status() != FootageStatus.SAMPLING) {
            return;
        }
        TimelineSettings settings = TimelineSettings.DEFAULT
                .withInterval(properties.timelineInterval())
                .withThreads(properties.decoderThreads());
        try (Footage opened = open(record)) {
            int keyFrames = new TimelineSampler(settings)
                    .sample(
                            opened,
                            thumbnail -> footage.insertThumbnail(
                                    id,
                                    thumbnail.frame(),
                                    thumbnail.at().toMillis(),
                                    thumbnail.reasons().stream()
                                            .map(Thumbnail.Reason::name)
                                            .sorted()
                                            .collect(Collectors.joining(",")),
                                    cipher.encrypt(thumbnail.jpeg(), thumbnailData(id, thumbnail.frame()))));
            transactions.executeWithoutResult(status -> {
                footage.sampled(id, opened.info(), keyFrames);
                audit.record(
                        record.reference(),
                        "system",
                        "CCTV_FOOTAGE_SAMPLED",
                        null,
                        footage.find(id).orElseThrow(),
                        null);
            });
        } catch (IOException | RuntimeException e) {
            log.warn("The footage {} of {} could not be read: {}", id, record.reference(), e.getMessage());
            String problem = e instanceof FootageException ? e.getMessage() : "The footage could not be read: " + e;
            transactions.executeWithoutResult(status -> {
                footage.failed(id, problem);
                audit.record(record.reference(), "system", "CCTV_FOOTAGE_FAILED", null, null, problem);
            });
        }
    }

    public List<FootageRecord> of(CaseReference reference) {
        return footage.of(reference.value());
    }

    public FootageRecord get(CaseReference reference, UUID id) {
        return footage.find(id)
                .filter(f -> f.reference().equals(reference.value()))
                .orElseThrow(() -> new CctvRefusedException("There is no such footage for " + reference + "."));
    }

    public List<FootageRepository.TimelineEntry> timeline(FootageRecord record) {
        return footage.timeline(record.id());
    }

    public Optional<byte[]> thumbnail(FootageRecord record, long frame) {
        return footage.thumbnail(record.id(), frame).map(s -> cipher.decrypt(s, thumbnailData(record.id(), frame)));
    }

    Optional<FootageRepository.TimelineEntry> entry(FootageRecord record, long frame) {
        return footage.entry(record.id(), frame);
    }

    /** The footage opened for reading, decrypted a segment at a time. */
    Footage open(FootageRecord record) throws IOException {
        if (record.status() == FootageStatus.DELETED) {
            throw new CctvRefusedException("The footage was deleted on " + record.deletedAt() + ".");
        }
        return Footage.open(SealedFootage.open(file(record.id()), record.id().toString(), cipher));
    }

    /**
     * Deletes the footage of every request closed for longer than the retention period, its thumbnails and its
     * stills' unobscured pictures with it; each deletion audited.
     */
    int deleteExpired(Instant now) {
        int deleted = 0;
        for (FootageRecord record : footage.kept()) {
            CaseReference reference = new CaseReference(record.reference());
            Optional<Instant> closedAt = closedAt(reference);
            if (closedAt.isPresent()
                    && closedAt.get().plus(properties.footageRetention()).isBefore(now)) {
                delete(
                        record,
                        "system",
                        "the request closed on " + closedAt.get() + " and the footage is kept "
                                + properties.footageRetention().toDays() + " days after closing");
                deleted++;
            }
        }
        return deleted;
    }

    /** When the request was closed: its last event, if its status is a final one. */
    private Optional<Instant> closedAt(CaseReference reference) {
        if (!casework.get(reference).status().closed()) {
            return Optional.empty();
        }
        List<RequestEvent> events = casework.timeline(reference);
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.get(events.size() - 1).occurredAt());
    }

    private void delete(FootageRecord record, String by, String why) {
        try {
            Files.deleteIfExists(file(record.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the footage " + record.id() + ": " + e.getMessage(), e);
        }
        transactions.executeWithoutResult(status -> {
            footage.deleted(record.id(), clock.instant(), by);
            audit.record(record.reference(), by, "CCTV_FOOTAGE_DELETED", record, null, why);
        });
    }

    private Path file(UUID id) {
        return properties.footage().resolve(id + ".footage");
    }

    static String thumbnailData(UUID footage, long frame) {
        return "cctv-thumbnail:" + footage + ":" + frame;
    }
}
