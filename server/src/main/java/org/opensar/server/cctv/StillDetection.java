package org.opensar.server.cctv;

import java.util.Optional;
import org.opensar.engine.cctv.DetectorSettings;
import org.opensar.engine.cctv.OpenCvStillDetector;
import org.opensar.engine.cctv.StillDetector;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.WordOcr;
import org.opensar.server.review.ReviewProperties;
import org.springframework.stereotype.Component;

/**
 * The detector the stills are proposed and checked with, loaded on first use (its cascades take a second to read);
 * absent, with why, where Debian's opencv-data is not installed: then stills can still be boxed by hand, but not
 * released, because nothing can check them.
 */
@Component
class StillDetection {

    private final DetectorSettings settings;
    private final ReviewProperties review;
    private volatile OpenCvStillDetector detector;
    private volatile OpenCvStillDetector checker;

    StillDetection(CctvProperties properties, ReviewProperties review) {
        this.settings = DetectorSettings.DEFAULT.withModels(properties.models());
        this.review = review;
    }

    /** Why there is no detector, if there is none. */
    Optional<String> unavailable() {
        return settings.unavailable();
    }

    Optional<StillDetector> detector() {
        if (unavailable().isPresent()) {
            return Optional.empty();
        }
        if (detector == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = new OpenCvStillDetector(
                            settings, new WordOcr(ExtractionSettings.DEFAULT.withTemporaryFolder(review.temporary())));
                }
            }
        }
        return Optional.of(detector);
    }

    /** The detector the check before release uses ({@link OpenCvStillDetector#forChecking}). */
    StillDetector checker() {
        if (unavailable().isPresent()) {
            throw new CctvRefusedException(unavailable().orElseThrow());
        }
        if (checker == null) {
            synchronized (this) {
                if (checker == null) {
                    checker = OpenCvStillDetector.forChecking(settings);
                }
            }
        }
        return checker;
    }
}
