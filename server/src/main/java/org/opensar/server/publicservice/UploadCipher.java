package org.opensar.server.publicservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.platform.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents encrypted at rest with AES-256-GCM: a random 96-bit nonce per file, a 128-bit tag, and
 * associated data naming the upload, so a ciphertext copied into another row does not decrypt. The key comes from
 * {@code OPENSAR_UPLOAD_KEY} (base64 of 32 bytes), or is generated once into {@code OPENSAR_HOME/upload.key},
 * readable by its owner only. Other modules encrypt what they keep of a request's uploads with it too (CCTV footage,
 * in segments, so a file of gigabytes is never held whole).
 */
@Component
public class UploadCipher {

    private static final Logger log = LoggerFactory.getLogger(UploadCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    UploadCipher(PublicProperties properties) {
        this.key = properties.uploadKey() == null || properties.uploadKey().isBlank()
                ? keyFile(Path.of(properties.home(), "upload.key"))
                : decode(properties.uploadKey(), "OPENSAR_UPLOAD_KEY");
    }

    /** The nonce and the ciphertext (with its tag). */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}

    public Sealed encrypt(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, nonce, plain, associatedData));
    }

    public byte[] decrypt(Sealed sealed, String associatedData) {
        return run(Cipher.DECRYPT_MODE, sealed.nonce(), sealed.ciphertext(), associatedData);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the upload could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }

    private static SecretKey keyFile(Path file) {
        try {
            boolean generated = !Files.exists(file);
            SecretKey key = decode(OwnerOnly.secret(file, UploadCipher::generateKey), file.toString());
            if (generated) {
                log.info(
                        "Generated the upload encryption key in {} (keep a copy: without it uploads cannot be read)",
                        file);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the upload key " + file, e);
        }
    }

    private static String generateKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    private static SecretKey decode(String base64, String from) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException(
                    from + " must be 32 bytes (AES-256), base64-encoded; it is " + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
