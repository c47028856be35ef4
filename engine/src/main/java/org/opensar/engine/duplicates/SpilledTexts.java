package org.opensar.engine.duplicates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A batch run's extracted texts, written to one owner-only temporary file as documents are read so memory stays
 * flat, for the duplicate stage to read back the few it lines up. Each text is encrypted (AES-GCM) under a key held
 * only in memory, so what is left on disk after a crash is unreadable; closing deletes the file. Thread-safe.
 */
public final class SpilledTexts implements DocumentTexts, AutoCloseable {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final FileChannel channel;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, long[]> places = new HashMap<>();
    private long end;

    /** A spill file in {@code folder} (the system's temporary folder when null). */
    public SpilledTexts(Path folder) {
        try {
            file = folder == null
                    ? Files.createTempFile("opensar-texts-", ".bin")
                    : Files.createTempFile(Files.createDirectories(folder), "opensar-texts-", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            key = generator.generateKey();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the documents' texts", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** Keeps {@code text} as the text of {@code document}. */
    public synchronized void put(String document, String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer record = ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .flip();
            long at = end;
            while (record.hasRemaining()) {
                end += channel.write(record, end);
            }
            places.put(document, new long[] {at, end - at});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a document's text", e);
        }
    }

    @Override
    public synchronized Optional<String> text(String document) {
        long[] place = places.get(document);
        if (place == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer record = ByteBuffer.allocate((int) place[1]);
            while (record.hasRemaining()) {
                if (channel.read(record, place[0] + record.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, record.array(), 0, IV_BYTES));
            byte[] text = cipher.doFinal(record.array(), IV_BYTES, record.capacity() - IV_BYTES);
            return Optional.of(new String(text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back from " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a document's text in " + file + " was changed", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
