package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Pipeline stage: writes the disclosure bundle the requester receives. Only the renderer applies decisions: it
 * leaves out everything not disclosed and never writes a redacted character.
 */
public interface BundleRenderer {

    RenderedBundle render(BundleRequest request, Path pdf) throws IOException;

    /** The same, telling {@code progress} as each document to disclose is rendered. */
    default RenderedBundle render(BundleRequest request, Path pdf, RenderProgress progress) throws IOException {
        return render(request, pdf);
    }
}
