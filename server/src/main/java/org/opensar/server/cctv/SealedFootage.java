package org.opensar.server.cctv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.opensar.server.platform.AtRestEncryption;
import org.opensar.server.platform.OwnerOnly;

/**
 * Footage encrypted at rest with the upload key, in segments of 1 MiB so that neither writing nor reading holds the
 * file: each segment is sealed on its own with AES-256-GCM (a fresh nonce, kept before it), its associated data naming
 * the footage, the segment's place and whether it is the last, so segments cannot be swapped, moved between files or
 * cut off the end. Reading is random access, a segment at a time, as the video decoder seeks.
 */
final class SealedFootage {

    static final int SEGMENT = 1 << 20;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    private static final int SEALED_SEGMENT = NONCE + SEGMENT + TAG;

    private SealedFootage() {}

    /** What was written: the footage's size before encryption and its SHA-256. */
    record Written(long size, String sha256) {}

    /** Encrypts {@code in} into {@code file} (owner-only), reading it once, a segment at a time. */
    static Written write(InputStream in, Path file, String footageId, AtRestEncryption cipher, long maxBytes)
            throws IOException {
        MessageDigest sha256 = sha256();
        long total = 0;
        try (DigestInputStream digesting = new DigestInputStream(in, sha256);
                OutputStream out = OwnerOnly.newFile(file)) {
            byte[] segment = new byte[SEGMENT];
            byte[] next = new byte[SEGMENT];
            int filled = fill(digesting, segment);
            long index = 0;
            while (true) {
                int nextFilled = filled == SEGMENT ? fill(digesting, next) : 0;
                boolean last = nextFilled == 0;
                total += filled;
                if (total > maxBytes) {
                    throw new FootageTooLargeException(maxBytes);
                }
                byte[] plain = filled == SEGMENT ? segment : java.util.Arrays.copyOf(segment, filled);
                AtRestEncryption.Sealed sealed = cipher.encrypt(plain, associatedData(footageId, index, last));
                out.write(sealed.nonce());
                out.write(sealed.ciphertext());
                if (last) {
                    break;
                }
                byte[] done = segment;
                segment = next;
                next = done;
                filled = nextFilled;
                index++;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Written(total, HexFormat.of().formatHex(sha256.digest()));
    }

    /** The decrypted footage as a read-only channel; a segment tampered with fails to decrypt. */
    static SeekableByteChannel open(Path file, String footageId, AtRestEncryption cipher) throws IOException {
        return new Reader(FileChannel.open(file, StandardOpenOption.READ), footageId, cipher);
    }

    static String associatedData(String footageId, long index, boolean last) {
        return "cctv-footage:" + footageId + ":" + index + ":" + (last ? "last" : "more");
    }

    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        int read;
        while (filled < buffer.length && (read = in.read(buffer, filled, buffer.length - filled)) > 0) {
            filled += read;
        }
        return filled;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Footage over the size allowed. */
    static final class FootageTooLargeException extends IOException {
        FootageTooLargeException(long maxBytes) {
            super("The footage is larger than the " + (maxBytes >> 20) + " MB allowed (OPENSAR_CCTV_MAX_FOOTAGE).");
        }
    }

    /** Random access to the plain footage, one decrypted segment held at a time. */
    private static final class Reader implements SeekableByteChannel {
        private final FileChannel file;
        private final String footageId;
        private final AtRestEncryption cipher;
        private final long segments;
        private final long size;
        private long position;
        private long cachedIndex = -1;
        private byte[] cached;

        Reader(FileChannel file, String footageId, AtRestEncryption cipher) throws IOException {
            this.file = file;
            this.footageId = footageId;
            this.cipher = cipher;
            long sealed = file.size();
            this.segments = Math.max(1, (sealed + SEALED_SEGMENT - 1) / SEALED_SEGMENT);
            long lastSealed = sealed - (segments - 1) * SEALED_SEGMENT;
            if (lastSealed < NONCE + TAG) {
                file.close();
                throw new IOException("The stored footage is damaged (its last segment is cut short).");
            }
            this.size = (segments - 1) * SEGMENT + lastSealed - NONCE - TAG;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            if (position >= size) {
                return -1;
            }
            int copied = 0;
            while (destination.hasRemaining() && position < size) {
                long index = position / SEGMENT;
                byte[] plain = segment(index);
                int offset = (int) (position - index * SEGMENT);
                int length = Math.min(destination.remaining(), plain.length - offset);
                destination.put(plain, offset, length);
                position += length;
                copied += length;
            }
            return copied;
        }

        private byte[] segment(long index) throws IOException {
            if (index == cachedIndex) {
                return cached;
            }
            boolean last = index == segments - 1;
            long start = index * SEALED_SEGMENT;
            int length = (int) (last ? file.size() - start : SEALED_SEGMENT);
            ByteBuffer sealed = ByteBuffer.allocate(length);
            while (sealed.hasRemaining() && file.read(sealed, start + sealed.position()) > 0) {
                // read the whole segment
            }
            byte[] bytes = sealed.array();
            try {
                cached = cipher.decrypt(
                        new AtRestEncryption.Sealed(
                                java.util.Arrays.copyOf(bytes, NONCE),
                                java.util.Arrays.copyOfRange(bytes, NONCE, bytes.length)),
                        associatedData(footageId, index, last));
            } catch (IllegalStateException e) {
                throw new IOException(
                        "The stored footage is damaged or was changed (segment " + index + " does not decrypt).", e);
            }
            cachedIndex = index;
            return cached;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
