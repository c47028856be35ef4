package org.opensar.server.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.opensar.engine.pack.DeliveryFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of case-file processing and release.
 *
 * @param home OPENSAR_HOME: uploaded case files go under {@code home/case-files}, released bundles under
 *     {@code home/releases}, bundles prepared for release (encrypted) under {@code home/prepared}; with several server
 *     nodes it must be a shared folder
 * @param temporary the private temporary folder (OPENSAR_TMP): page images for OCR, PDF page content
 * @param serverFolderRoots the folders under which staff may attach a case file by its path on the server (large
 *     exports copied there by the records team); none by default
 * @param workersPerCase how many background jobs share one case file's documents (across every node)
 * @param schedulerThreads how many background jobs one server node runs at once
 * @param documentTimeout the longest one document's text extraction may take
 * @param maxDocumentMegabytes documents larger than this go to review as too large
 * @param policy the council's disclosure policy file (JSON); the care-leaver policy when not set
 * @param letter the council's covering-letter text (JSON, see docs/bundle.md); the defaults when not set
 * @param reasonWording the council's wording of its reasons for keeping documents back: the bundle's plain-English
 *     sentence and the redaction log's legal citation for each (JSON, see docs/bundle.md); OpenSAR's when not set
 * @param resumeInterval how often a node looks for case files left processing without a worker
 * @param downloadDays how long after release the requester can download the package from their own page
 * @param deliveryFormat how a released bundle is sealed: an AES-256 encrypted PDF (the default, {@code pdf}), which
 *     any phone or computer opens, or an AES-256 zip ({@code zip}), which needs 7-Zip or similar
 *     ({@code OPENSAR_DELIVERY_FORMAT})
 */
@ConfigurationProperties("opensar.review")
public record ReviewProperties(
        Path home,
        Path temporary,
        List<Path> serverFolderRoots,
        int workersPerCase,
        int schedulerThreads,
        Duration documentTimeout,
        int maxDocumentMegabytes,
        Path policy,
        Path letter,
        Path reasonWording,
        Duration resumeInterval,
        int downloadDays,
        DeliveryFormat deliveryFormat) {

    public ReviewProperties {
        home = given(home) ? home : Path.of("data");
        temporary = given(temporary) ? temporary : home.resolve("tmp");
        serverFolderRoots = serverFolderRoots == null
                ? List.of()
                : serverFolderRoots.stream().filter(ReviewProperties::given).toList();
        policy = given(policy) ? policy : null;
        letter = given(letter) ? letter : null;
        reasonWording = given(reasonWording) ? reasonWording : null;
        resumeInterval = resumeInterval == null ? Duration.ofMinutes(1) : resumeInterval;
        downloadDays = downloadDays < 1 ? 28 : downloadDays;
        deliveryFormat = deliveryFormat == null ? DeliveryFormat.ENCRYPTED_PDF : deliveryFormat;
        workersPerCase = workersPerCase < 1 ? 2 : workersPerCase;
        schedulerThreads = schedulerThreads < 1 ? 2 : schedulerThreads;
        documentTimeout = documentTimeout == null ? Duration.ofSeconds(60) : documentTimeout;
        maxDocumentMegabytes = maxDocumentMegabytes < 1 ? 200 : maxDocumentMegabytes;
    }

    private static boolean given(Path path) {
        return path != null && !path.toString().isBlank();
    }

    Path caseFiles() {
        return home.resolve("case-files");
    }

    Path releases() {
        return home.resolve("releases");
    }

    /** Bundles prepared for release, encrypted, until they are released. */
    Path prepared() {
        return home.resolve("prepared");
    }

    /** Each node's {@link WorkFolder}, for bundles while they are made, previewed or sealed. */
    Path work() {
        return home.resolve("work");
    }

    /** A document is claimed for this long; a node that dies mid-document gives it up when the lease ends. */
    Duration lease() {
        return documentTimeout.multipliedBy(2).plusSeconds(30);
    }
}
