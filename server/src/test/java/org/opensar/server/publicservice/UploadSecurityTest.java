package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload key, AES-GCM sealing, and the virus scanner's settings, without a server. */
class UploadSecurityTest {

    @TempDir
    Path home;

    @Test
    void aGeneratedKeyIsKeptForItsOwnerOnlyAndReusedOnTheNextStart() throws Exception {
        UploadCipher first = new UploadCipher(properties(null, null));
        Path key = home.resolve("upload.key");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(key).strip())).hasSize(32);
        UploadCipher.Sealed sealed = first.encrypt(bytes("synthetic passport scan"), "id|SAR-2026-000001");
        UploadCipher second = new UploadCipher(properties(null, null));
        assertThat(second.decrypt(sealed, "id|SAR-2026-000001")).isEqualTo(bytes("synthetic passport scan"));
    }

    @Test
    void eachFileHasItsOwnNonceAndATamperedCiphertextDoesNotDecrypt() {
        UploadCipher cipher = new UploadCipher(properties(Base64.getEncoder().encodeToString(new byte[32]), null));
        UploadCipher.Sealed one = cipher.encrypt(bytes("same content"), "a|SAR-2026-000001");
        UploadCipher.Sealed two = cipher.encrypt(bytes("same content"), "a|SAR-2026-000001");

        assertThat(one.nonce()).hasSize(12).isNotEqualTo(two.nonce());
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
        byte[] tampered = one.ciphertext().clone();
        tampered[0] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(new UploadCipher.Sealed(one.nonce(), tampered), "a|SAR-2026-000001"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(one, "a|SAR-2026-000002")).isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(home.resolve("upload.key"))).isFalse(); // the configured key is used, none made
    }

    @Test
    void aConfiguredKeyMustBeThirtyTwoBytes() {
        assertThatThrownBy(() -> new UploadCipher(properties(Base64.getEncoder().encodeToString(new byte[16]), null)))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void aConfiguredScannerThatDoesNotAnswerStopsTheUploadRatherThanPassingIt() {
        MalwareScanner scanner = new MalwareScanner(properties(null, "unix:" + home.resolve("no-clamd.ctl")));
        assertThatThrownBy(() -> scanner.scan(bytes("%PDF-1.4"))).isInstanceOf(IllegalStateException.class);
        MalwareScanner tcp = new MalwareScanner(properties(null, "tcp:127.0.0.1:1"));
        assertThatThrownBy(() -> tcp.scan(bytes("%PDF-1.4"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScannerSettingMustSayHowToReachIt() {
        assertThatThrownBy(() -> new MalwareScanner(properties(null, "clamd.example:3310")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private PublicProperties properties(String key, String clamd) {
        return new PublicProperties(home.toString(), key, null, clamd, null, 0, 0, 0, 0, 0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
