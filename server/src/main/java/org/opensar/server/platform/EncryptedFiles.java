package org.opensar.server.platform;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files too large to seal in one piece (a bundle of scans runs to hundreds of megabytes), sealed with
 * {@link AtRestEncryption} one segment of {@link #SEGMENT} bytes at a time, so neither sealing nor opening holds the
 * whole file in memory. Each segment is an ordinary sealed record whose associated data adds its number and whether it
 * is the last, so segments cannot be reordered, dropped, repeated or cut off at the end without the file failing to
 * open. Sealed files are readable by their owner only.
 */
public final class EncryptedFiles {

    static final int SEGMENT = 1 << 20;

    private EncryptedFiles() {}

    /** Seals {@code plain} into {@code sealed}, replacing it; {@code associatedData} names what it is. */
    public static void seal(AtRestEncryption cipher, Path plain, Path sealed, String associatedData)
            throws IOException {
        Files.deleteIfExists(sealed);
        Files.createFile(sealed, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (InputStream in = Files.newInputStream(plain);
                DataOutputStream out = new DataOutputStream(Files.newOutputStream(sealed, StandardOpenOption.WRITE))) {
            byte[] segment = in.readNBytes(SEGMENT);
            long index = 0;
            while (true) {
                byte[] next = in.readNBytes(SEGMENT);
                boolean last = next.length == 0;
                AtRestEncryption.Sealed part = cipher.encrypt(segment, segmentData(associatedData, index++, last));
                out.writeInt(part.ciphertext().length);
                out.write(part.nonce());
                out.write(part.ciphertext());
                if (last) {
                    return;
                }
                segment = next;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(sealed);
            throw e;
        }
    }

    /**
     * Writes what {@code sealed} holds to {@code plain}, each segment once it has passed its check; throws when the
     * file was altered, cut short, or sealed as something else.
     */
    public static void open(AtRestEncryption cipher, Path sealed, OutputStream plain, String associatedData)
            throws IOException {
        try (PushbackInputStream source = new PushbackInputStream(Files.newInputStream(sealed));
                DataInputStream in = new DataInputStream(source)) {
            for (long index = 0; ; index++) {
                int length = in.readInt();
                if (length < 0 || length > SEGMENT + 64) {
                    throw new IOException(sealed.getFileName() + " is not a sealed file");
                }
                byte[] nonce = in.readNBytes(12);
                byte[] ciphertext = in.readNBytes(length);
                if (ciphertext.length != length) {
                    throw new EOFException(sealed.getFileName() + " is cut short");
                }
                int following = source.read();
                boolean last = following == -1;
                if (!last) {
                    source.unread(following);
                }
                plain.write(cipher.decrypt(
                        new AtRestEncryption.Sealed(nonce, ciphertext), segmentData(associatedData, index, last)));
                if (last) {
                    return;
                }
            }
        } catch (EOFException e) {
            throw new IOException(sealed.getFileName() + " is cut short", e);
        }
    }

    private static String segmentData(String associatedData, long index, boolean last) {
        return associatedData + "|segment " + index + (last ? "|last" : "|more");
    }
}
