package org.opensar.server.publicservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.identity.EvidenceItem;
import org.opensar.server.identity.EvidenceType;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.staff.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester's identity and authority documents: photos (JPEG, PNG) and PDFs only, told apart by their content
 * (never by the name or the type the browser claims), no larger than the limit, scanned for malware where ClamAV
 * runs, kept encrypted, and recorded as evidence so the council's rules say at once what is still missing.
 */
@Service
class Uploads {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Uploads.class);

    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");

    private final Casework casework;
    private final UploadCipher cipher;
    private final MalwareScanner scanner;
    private final IdentityVerification identity;
    private final JdbcClient jdbc;
    private final PublicProperties properties;
    private final Clock clock;
    private final Tika tika = new Tika();

    Uploads(
            Casework casework,
            UploadCipher cipher,
            MalwareScanner scanner,
            IdentityVerification identity,
            JdbcClient jdbc,
            PublicProperties properties,
            Clock clock) {
        this.casework = casework;
        this.cipher = cipher;
        this.scanner = scanner;
        this.identity = identity;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the requester said the document is, from the upload page. */
    record Described(EvidenceType type, LocalDate documentDate, LocalDate expiresOn, boolean showsCurrentAddress) {}

    /** A refusal, in words for the requester. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** A stored upload as held: for the staff and for the test that it decrypts. */
    record Stored(
            UUID id,
            String reference,
            String evidenceType,
            String mediaType,
            long sizeBytes,
            byte[] nonce,
            byte[] ciphertext,
            String scan,
            java.time.OffsetDateTime uploadedAt) {}

    @Transactional
    IdentityVerification.IdentityFile accept(CaseReference reference, Described described, byte[] content) {
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
        EvidenceItem item;
        try {
            item = new EvidenceItem(
                    described.type(),
                    described.documentDate(),
                    LocalDate.now(clock),
                    described.expiresOn(),
                    described.showsCurrentAddress(),
                    "uploaded by the requester");
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
                    scan, scan_detail)
                values (:id, :reference, :type, :mediaType, :size, :nonce, :ciphertext, :scan, :detail)""")
                .param("id", id)
                .param("reference", reference.value())
                .param("type", described.type().name())
                .param("mediaType", detected)
                .param("size", content.length)
                .param("nonce", sealed.nonce())
                .param("ciphertext", sealed.ciphertext())
                .param("scan", verdict.outcome().name())
                .param("detail", verdict.detail())
                .update();
        return identity.record(reference, item, Actor.requester(reference.value()));
    }

    List<Stored> stored(CaseReference reference) {
        return jdbc.sql("select id, reference, evidence_type, media_type, size_bytes, nonce, ciphertext, scan,"
                        + " uploaded_at from public_upload"
                        + " where reference = :reference order by uploaded_at")
                .param("reference", reference.value())
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("evidence_type"),
                        rs.getString("media_type"),
                        rs.getLong("size_bytes"),
                        rs.getBytes("nonce"),
                        rs.getBytes("ciphertext"),
                        rs.getString("scan"),
                        rs.getObject("uploaded_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** The document as uploaded; fails if the row was tampered with or moved. */
    byte[] open(Stored stored) {
        return cipher.decrypt(
                new UploadCipher.Sealed(stored.nonce(), stored.ciphertext()),
                associatedData(stored.id(), stored.reference()));
    }

    private static String associatedData(UUID id, String reference) {
        return id + "|" + reference;
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
