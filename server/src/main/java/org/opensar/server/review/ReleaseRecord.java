package org.opensar.server.review;

import java.time.Instant;
import java.util.UUID;
import org.opensar.engine.pack.DeliveryFormat;

/**
 * A released disclosure bundle: where it is kept, its pages and redactions, the encrypted package (PDF or zip) and its
 * SHA-256,
 * how it is delivered, who released it and when. The password is never kept; only its salted hash is.
 */
public record ReleaseRecord(
        UUID id,
        UUID caseFileId,
        String folder,
        int bundlePages,
        int redactions,
        String packageFile,
        String packageSha256,
        String delivery,
        String deliveryReference,
        String releasedBy,
        Instant releasedAt) {

    /** The package's format, which its file name says: {@code REF.pdf} or {@code REF.zip}. */
    public DeliveryFormat format() {
        return DeliveryFormat.ofPackageFile(packageFile);
    }
}
