package org.opensar.server.review;

import java.util.Optional;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.notify.PackageInstructions;
import org.springframework.stereotype.Component;

/** Tells the "response ready" email how to open the package released: a PDF reader, or 7-Zip for a zip. */
@Component
class ReleasedPackageInstructions implements PackageInstructions {

    private final Release release;

    ReleasedPackageInstructions(Release release) {
        this.release = release;
    }

    @Override
    public Optional<String> howToOpen(CaseReference reference) {
        return release.released(reference).map(r -> r.format().howToOpen());
    }
}
