package org.opensar.server.publicservice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.identity.EvidenceItem;
import org.opensar.server.identity.EvidenceType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A requester's identity and authority documents: photos (JPEG, PNG) and PDFs only, told apart by their content
 * (never by the name or the type the browser claims), no larger than the limit, scanned for malware where ClamAV
 * runs, and kept encrypted. An upload confirms nothing by itself: it waits for an officer to view it and accept it
 * as evidence ({@link UploadChecks}), or reject it with a reason the requester is shown.
 */
@Service
class Uploads {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Uploads.class);

    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");

    private final Casework casework;
    private final UploadCipher cipher;
    private final MalwareScanner scanner;
    private final JdbcClient jdbc;
    private final PublicProperties properties;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final Tika tika = new Tika();

    Uploads(
            Casework casework,
            UploadCipher cipher,
            MalwareScanner scanner,
            JdbcClient jdbc,
            PublicProperties properties,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.casework = casework;
        this.cipher = cipher;
        this.scanner = scanner;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What the requester said the document is, from the upload page; an officer checks it against the document. */
    record Described(EvidenceType type, LocalDate documentDate, LocalDate expiresOn, boolean showsCurrentAddress) {}

    /** A refusal, in words for the requester (or the officer). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Where an upload stands. */
    enum Status {
        AWAITING_CHECK,
        ACCEPTED,
        REJECTED;

        /** As a person reads it: "awaiting check", "accepted". */
        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** A stored upload as held: the encrypted file, what the requester said it is, and the officer's check. */
    record Stored(
            UUID id,
            String reference,
            String evidenceType,
            String mediaType,
            long sizeBytes,
            byte[] nonce,
            byte[] ciphertext,
            String scan,
            OffsetDateTime uploadedAt,
            Status status,
            LocalDate documentDate,
            LocalDate expiresOn,
            boolean showsCurrentAddress,
            String checkedBy,
            String rejectionReason) {

        public EvidenceType type() {
            return EvidenceType.valueOf(evidenceType);
        }

        /** A photo, shown as it is; otherwise a PDF, shown as page images. */
        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** What the audit log records of an upload received or checked. */
    record Upload(UUID upload, EvidenceType type) {}

    @Transactional
    Stored receive(CaseReference reference, Described described, byte[] content) {
        if (casework.get(reference).status().closed()) {
            throw new Refused("Your request is closed, so we no longer need documents for it");
        }
        if (content.length == 0) {
            throw new Refused("The selected file is empty");
        }
        if (content.length > properties.uploadMaxSize().toBytes()) {
            throw new Refused("The selected file must be smaller than "
                    + properties.uploadMaxSize().toMegabytes() + "MB");
        }
        String detected = tika.detect(content);
        if (!ACCEPTED.contains(detected)) {
            throw new Refused("The selected file must be a JPG, PNG or PDF");
        }
        try {
            // the dates the council's rules need for this kind of document, asked for now rather than at the check
            new EvidenceItem(
                    described.type(),
                    described.documentDate(),
                    LocalDate.now(clock),
                    described.expiresOn(),
                    described.showsCurrentAddress(),
                    "sent by the requester");
        } catch (IllegalArgumentException e) {
            throw new Refused(capitalised(e.getMessage()));
        }
        MalwareScanner.Verdict verdict;
        try {
            verdict = scanner.scan(content);
        } catch (IllegalStateException e) {
            log.warn("An upload for {} could not be scanned: {}", reference, e.getMessage());
            throw new Refused("We cannot check files for viruses at the moment. Try again later");
        }
        if (verdict.outcome() == MalwareScanner.Outcome.INFECTED) {
            throw new Refused("The selected file contains a virus. Send a different copy of the document");
        }
        UUID id = UUID.randomUUID();
        UploadCipher.Sealed sealed = cipher.encrypt(content, associatedData(id, reference.value()));
        jdbc.sql("""
                insert into public_upload (id, reference, evidence_type, media_type, size_bytes, nonce, ciphertext,
                    scan, scan_detail, document_date, expires_on, shows_current_address)
                values (:id, :reference, :type, :mediaType, :size, :nonce, :ciphertext, :scan, :detail, :documentDate,
                    :expiresOn, :showsCurrentAddress)""")
                .param("id", id)
                .param("reference", reference.value())
                .param("type", described.type().name())
                .param("mediaType", detected)
                .param("size", content.length)
                .param("nonce", sealed.nonce())
                .param("ciphertext", sealed.ciphertext())
                .param("scan", verdict.outcome().name())
                .param("detail", verdict.detail())
                .param("documentDate", described.documentDate())
                .param("expiresOn", described.expiresOn())
                .param("showsCurrentAddress", described.showsCurrentAddress())
                .update();
        events.publishEvent(new UploadEvent(
                UploadEvent.requester(reference),
                reference.value(),
                "IDENTITY_DOCUMENT_RECEIVED",
                json.writeValueAsString(new Upload(id, described.type())),
                null));
        return stored(reference, id).orElseThrow();
    }

    List<Stored> stored(CaseReference reference) {
        return jdbc.sql("select * from public_upload where reference = :reference order by uploaded_at")
                .param("reference", reference.value())
                .query(Uploads::map)
                .list();
    }

    Optional<Stored> stored(CaseReference reference, UUID id) {
        return jdbc.sql("select * from public_upload where reference = :reference and id = :id")
                .param("reference", reference.value())
                .param("id", id)
                .query(Uploads::map)
                .optional();
    }

    /** The document as uploaded; fails if the row was tampered with or moved. */
    byte[] open(Stored stored) {
        return cipher.decrypt(
                new UploadCipher.Sealed(stored.nonce(), stored.ciphertext()),
                associatedData(stored.id(), stored.reference()));
    }

    private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("evidence_type"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getBytes("nonce"),
                rs.getBytes("ciphertext"),
                rs.getString("scan"),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                Status.valueOf(rs.getString("status")),
                rs.getObject("document_date", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getBoolean("shows_current_address"),
                rs.getString("checked_by"),
                rs.getString("rejection_reason"));
    }

    private static String associatedData(UUID id, String reference) {
        return id + "|" + reference;
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
