package org.opensar.server.publicservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.platform.AesGcmEncryption;
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
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                byte[] encoded =
                        Base64.getEncoder().encode(generator.generateKey().getEncoded());
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, encoded);
                    log.info(
                            "Generated the upload encryption key in {} (keep a copy: without it uploads cannot be read)",
                            file);
                } catch (FileAlreadyExistsException raced) {
                    // another node created it first: use theirs
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the upload key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
