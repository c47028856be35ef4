package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file sealed segment by segment opens as it was, and not at all once altered, cut or renamed. */
class EncryptedFilesTest {

    @TempDir
    Path dir;

    private final AtRestEncryption cipher = new AesGcmEncryption(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void aFileOfSeveralSegmentsOpensAsItWasAndOnlyItsOwnerCanReadIt() throws Exception {
        byte[] plain = bytes(2 * EncryptedFiles.SEGMENT + 12345);
        Path sealed = seal(plain, "bundle|SAR-1");

        assertThat(open(sealed, "bundle|SAR-1")).isEqualTo(plain);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealed)))
                .isEqualTo("rw-------");
        assertThat(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(plain, 0, 64, StandardCharsets.ISO_8859_1));
    }

    @Test
    void anEmptyFileAndAFileOfExactlyOneSegmentOpenToo() throws Exception {
        assertThat(open(seal(new byte[0], "a"), "a")).isEmpty();
        byte[] one = bytes(EncryptedFiles.SEGMENT);
        assertThat(open(seal(one, "b"), "b")).isEqualTo(one);
    }

    @Test
    void anAlteredCutOrRenamedFileDoesNotOpen() throws Exception {
        byte[] plain = bytes(EncryptedFiles.SEGMENT + 100);
        Path sealed = seal(plain, "bundle|SAR-1");
        byte[] bytes = Files.readAllBytes(sealed);

        assertThatThrownBy(() -> open(sealed, "bundle|SAR-2")).isInstanceOf(IllegalStateException.class);
        byte[] flipped = bytes.clone();
        flipped[40] ^= 1;
        Files.write(sealed, flipped);
        assertThatThrownBy(() -> open(sealed, "bundle|SAR-1")).isInstanceOf(IllegalStateException.class);
        int firstSegment = 4 + 12 + EncryptedFiles.SEGMENT + 16;
        Files.write(sealed, Arrays.copyOf(bytes, firstSegment));
        assertThatThrownBy(() -> open(sealed, "bundle|SAR-1")).isInstanceOf(IllegalStateException.class);
        Files.write(sealed, Arrays.copyOf(bytes, firstSegment + 20));
        assertThatThrownBy(() -> open(sealed, "bundle|SAR-1")).hasMessageContaining("cut short");
    }

    private Path seal(byte[] plain, String associatedData) throws Exception {
        Path file = Files.write(dir.resolve("plain-" + associatedData.hashCode()), plain);
        Path sealed = dir.resolve("sealed-" + associatedData.hashCode());
        EncryptedFiles.seal(cipher, file, sealed, associatedData);
        return sealed;
    }

    private byte[] open(Path sealed, String associatedData) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EncryptedFiles.open(cipher, sealed, out, associatedData);
        return out.toByteArray();
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
