package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle that verified clean is recorded by its SHA-256, so a bundle changed afterwards is told apart. */
class BundleDigestTest {

    @TempDir
    Path out;

    @Test
    void theWriterRecordsTheDigestOfAVerifiedBundleAsSha256sumWritesIt() throws Exception {
        Path bundle = write();

        assertThat(BundleDigest.matches(bundle)).isTrue();
        assertThat(Files.readString(out.resolve("bundle.pdf.sha256")))
                .isEqualTo(BundleDigest.sha256(bundle) + "  bundle.pdf\n");
    }

    @Test
    void aBundleChangedAfterVerificationNoLongerMatches() throws Exception {
        Path bundle = write();
        Files.write(bundle, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(BundleDigest.matches(bundle)).isFalse();
    }

    @Test
    void aBundleWithoutItsDigestDoesNotMatch() throws Exception {
        Path bundle = write();
        Files.delete(out.resolve(BundleDigest.FILE));

        assertThat(BundleDigest.matches(bundle)).isFalse();
    }

    private Path write() throws Exception {
        return NothingHeld.bundle(out, CoveringLetter.defaults());
    }
}
