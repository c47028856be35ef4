package org.opensar.server.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A released disclosure bundle: where it is kept, its pages and redactions, the encrypted package and its SHA-256,
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
        Instant releasedAt) {}
