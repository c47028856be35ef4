package org.opensar.server.cctv;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A still the control room exported as a picture, read and checked before anything is kept: a JPEG or PNG by its
 * bytes (the name does not count), no larger than the limit, and one that decodes whole.
 *
 * @param fileName the picture's name as it came, without any folder
 * @param format what its bytes say it is
 * @param sizeBytes its size
 * @param sha256 its SHA-256, for the audit log
 * @param picture the decoded picture
 */
record UploadedStill(String fileName, Format format, long sizeBytes, String sha256, BufferedImage picture) {

    /** The picture formats a still may come in, known by their first bytes. */
    enum Format {
        JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final byte[] signature;

        Format(byte[] signature) {
            this.signature = signature;
        }

        static Format of(byte[] bytes) {
            for (Format format : values()) {
                if (bytes.length >= format.signature.length
                        && Arrays.equals(
                                bytes, 0, format.signature.length, format.signature, 0, format.signature.length)) {
                    return format;
                }
            }
            return null;
        }
    }

    /** A still larger than this many pixels is refused before it is decoded (a picture can claim any size). */
    static final long MAX_PIXELS = 40_000_000L;

    /** Reads one picture, refusing anything but a whole JPEG or PNG of at most maxBytes, with why. */
    static UploadedStill read(String fileName, InputStream in, long maxBytes) throws IOException {
        String name = fileName == null || fileName.isBlank()
                ? "still"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length == 0) {
            throw new CctvRefusedException(name + " is empty. Nothing was uploaded.");
        }
        if (bytes.length > maxBytes) {
            throw new CctvRefusedException(name + " is larger than " + maxBytes / (1024 * 1024)
                    + " MB, the largest still accepted. Nothing was uploaded.");
        }
        Format format = Format.of(bytes);
        if (format == null) {
            throw new CctvRefusedException(name + " is not a JPEG or PNG picture (its content was checked, not its"
                    + " name). Ask the control room for stills as JPEG or PNG, or upload the footage. Nothing was"
                    + " uploaded.");
        }
        BufferedImage picture = decode(name, bytes, format);
        if (picture == null) {
            throw new CctvRefusedException(name + " starts like a " + format + " but is damaged or cut short: it"
                    + " could not be read. Nothing was uploaded.");
        }
        return new UploadedStill(name, format, bytes.length, sha256(bytes), picture);
    }

    private static BufferedImage decode(String name, byte[] bytes, Format format) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name());
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new CctvRefusedException(name + " is " + reader.getWidth(0) + " by " + reader.getHeight(0)
                            + " pixels: more than a still can be. Nothing was uploaded.");
                }
                BufferedImage picture = reader.read(0);
                // a JPEG cut short decodes with a warning and grey where the rest should be
                return warnings.isEmpty() ? picture : null;
            } catch (IOException | RuntimeException e) {
                if (e instanceof CctvRefusedException refused) {
                    throw refused;
                }
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
