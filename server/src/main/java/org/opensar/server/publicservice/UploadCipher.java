package org.opensar.server.publicservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.platform.AesGcmEncryption;
import org.opensar.server.platform.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The server's data key, with its AES-256-GCM cipher ({@link AesGcmEncryption}): uploaded documents, and bundles
 * prepared for release, are encrypted at rest with it, with associated data naming what is sealed, so a ciphertext
 * copied into another row or file does not decrypt. The key comes from
 * {@code OPENSAR_UPLOAD_KEY} (base64 of 32 bytes), or is generated once into {@code OPENSAR_HOME/upload.key},
 * readable by its owner only.
 */
@Component
class UploadCipher extends AesGcmEncryption {

    private static final Logger log = LoggerFactory.getLogger(UploadCipher.class);

    UploadCipher(PublicProperties properties) {
        super(
                properties.uploadKey() == null || properties.uploadKey().isBlank()
                        ? keyFile(Path.of(properties.home(), "upload.key"))
                        : decode(properties.uploadKey(), "OPENSAR_UPLOAD_KEY"));
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
