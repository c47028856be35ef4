package org.opensar.server.cctv;

import java.time.Instant;

/** A released CCTV response: where the bundle and its package are, its pages and stills, who released it and when. */
public record CctvReleaseRecord(
        String reference,
        String folder,
        int bundlePages,
        int stills,
        String packageFile,
        String packageSha256,
        String releasedBy,
        Instant releasedAt) {}
