package org.opensar.engine.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The documents' extracted texts kept between reading a case and proposing its redactions, compressed in an
 * owner-only temporary file, so that memory stays flat however large the case and no document is extracted twice.
 * The file is deleted on close.
 */
final class TextSpool implements AutoCloseable {

    private final Path path;
    private final RandomAccessFile file;
    private final long[] offsets;
    private final int[] lengths;
    private final int[] sizes;

    TextSpool(int documents) {
        try {
            path = Files.createTempFile("opensar-texts", ".bin");
            path.toFile().setReadable(false, false);
            path.toFile().setReadable(true, true);
            file = new RandomAccessFile(path.toFile(), "rw");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the text spool: " + e.getMessage(), e);
        }
        offsets = new long[documents];
        lengths = new int[documents];
        sizes = new int[documents];
    }

    synchronized void put(int index, String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(plain.length / 3 + 16);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        try {
            offsets[index] = file.length();
            file.seek(offsets[index]);
            file.write(packed.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text spool: " + e.getMessage(), e);
        }
        lengths[index] = packed.size();
        sizes[index] = plain.length;
    }

    synchronized String get(int index) {
        byte[] packed = new byte[lengths[index]];
        try {
            file.seek(offsets[index]);
            file.readFully(packed);
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            byte[] plain = new byte[sizes[index]];
            int read = 0;
            while (read < plain.length && !inflater.finished()) {
                read += inflater.inflate(plain, read, plain.length - read);
            }
            inflater.end();
            return new String(plain, 0, read, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text spool: " + e.getMessage(), e);
        } catch (DataFormatException e) {
            throw new IllegalStateException("the text spool is corrupt", e);
        }
    }

    @Override
    public void close() {
        try {
            file.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the text spool " + path, e);
        }
    }
}
