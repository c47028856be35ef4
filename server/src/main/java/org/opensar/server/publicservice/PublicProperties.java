package org.opensar.server.publicservice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public forms and the requester's page, with safe defaults.
 *
 * @param home the local data folder ({@code OPENSAR_HOME}), where a generated upload key is kept
 * @param uploadKey the AES-256 key for uploads, base64 ({@code OPENSAR_UPLOAD_KEY}); empty: generated once into
 *     {@code home/upload.key}
 * @param uploadMaxSize the largest file a requester may upload ({@code OPENSAR_UPLOAD_MAX_SIZE})
 * @param clamd where clamd listens: {@code unix:/path/to/clamd.ctl} or {@code tcp:host:port}, or {@code clamdscan}
 *     to run {@code /usr/bin/clamdscan --stream} with its own clamd.conf; empty: the Debian socket if present,
 *     otherwise files are recorded as not scanned ({@code OPENSAR_CLAMD})
 * @param rateWindow the window of the rate limits
 */
@ConfigurationProperties("opensar.public")
record PublicProperties(
        String home,
        String uploadKey,
        DataSize uploadMaxSize,
        String clamd,
        Duration rateWindow,
        int formsPerWindow,
        int uploadsPerWindow,
        int codeRequestsPerWindow,
        int codesPerReferencePerWindow,
        int codeAttemptsPerWindow) {

    PublicProperties {
        home = home == null || home.isBlank() ? "data" : home;
        uploadMaxSize = uploadMaxSize == null ? DataSize.ofMegabytes(10) : uploadMaxSize;
        rateWindow = rateWindow == null ? Duration.ofHours(1) : rateWindow;
        formsPerWindow = formsPerWindow <= 0 ? 10 : formsPerWindow;
        uploadsPerWindow = uploadsPerWindow <= 0 ? 30 : uploadsPerWindow;
        codeRequestsPerWindow = codeRequestsPerWindow <= 0 ? 10 : codeRequestsPerWindow;
        codesPerReferencePerWindow = codesPerReferencePerWindow <= 0 ? 5 : codesPerReferencePerWindow;
        codeAttemptsPerWindow = codeAttemptsPerWindow <= 0 ? 20 : codeAttemptsPerWindow;
    }
}
