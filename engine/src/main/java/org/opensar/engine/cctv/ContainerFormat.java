package org.opensar.engine.cctv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * The file formats footage can come in, told by their first bytes, not by the file's name. jcodec reads MP4 (and
 * QuickTime) and Matroska; it has no AVI demuxer, so an AVI export is refused with what to ask the control room for.
 */
public enum ContainerFormat {
    MP4("MP4"),
    MKV("Matroska (MKV)");

    private static final int EBML = 0x1A45DFA3;

    private final String label;

    ContainerFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format of the footage in {@code channel}, read from its start; the position is left at 0. */
    public static ContainerFormat detect(SeekableByteChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(12);
        channel.position(0);
        while (head.hasRemaining() && channel.read(head) > 0) {
            // the first 12 bytes tell
        }
        channel.position(0);
        head.flip();
        if (head.remaining() < 12) {
            throw new FootageException("The file is too short to be footage (" + head.remaining() + " bytes).");
        }
        String box = new String(head.array(), 4, 4, StandardCharsets.US_ASCII);
        if (box.equals("ftyp")
                || box.equals("moov")
                || box.equals("mdat")
                || box.equals("wide")
                || box.equals("free")) {
            return MP4;
        }
        if (head.getInt(0) == EBML) {
            return MKV;
        }
        String riff = new String(head.array(), 0, 4, StandardCharsets.US_ASCII);
        String kind = new String(head.array(), 8, 4, StandardCharsets.US_ASCII);
        if (riff.equals("RIFF") && kind.startsWith("AVI")) {
            throw new FootageException("AVI footage cannot be read here (the decoding library, jcodec, has no AVI"
                    + " reader): ask the control room to export it as MP4 (H.264), or convert it to MP4 first.");
        }
        throw new FootageException(
                "This is not footage OpenSAR can read: upload an MP4 (H.264) or MKV (H.264) export.");
    }
}
