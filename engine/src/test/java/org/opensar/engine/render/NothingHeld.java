package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;

/** The smallest real bundle: Jordan Ellis's, when nothing is held, front matter only, written and verified clean. */
final class NothingHeld {

    private NothingHeld() {}

    static Path bundle(Path out, CoveringLetter letter) throws IOException {
        BundleRequest request = new BundleRequest(
                CaseDescription.ofSubject("Jordan Ellis"), List.of(), letter, LocalDate.of(2026, 11, 23));
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(document -> {
                    throw new AssertionError("there is no document to read");
                })
                .write(request, out);
        assertThat(outcome.verification().clean()).isTrue();
        return outcome.bundle();
    }
}
