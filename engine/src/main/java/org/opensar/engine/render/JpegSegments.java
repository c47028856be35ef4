package org.opensar.engine.render;

import java.io.ByteArrayOutputStream;

/**
 * The parts of a JPEG that can carry text: every marker segment (comments, APPn metadata such as EXIF and XMP, the
 * headers) and anything after its end, but not the entropy-coded image data of its scans, which is compressed pixels.
 * Searching those as text costs time on every page scan and finds short words in noise.
 */
final class JpegSegments {

    private static final int MARKER = 0xFF;
    private static final int START_OF_IMAGE = 0xD8;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int START_OF_SCAN = 0xDA;

    private JpegSegments() {}

    /** The bytes of {@code jpeg} outside its scans' image data; all of it when it is not a JPEG that can be read. */
    static byte[] outsideScans(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != MARKER || (jpeg[1] & 0xFF) != START_OF_IMAGE) {
            return jpeg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 2;
        while (at < jpeg.length) {
            if ((jpeg[at] & 0xFF) != MARKER) {
                return jpeg;
            }
            while (at < jpeg.length && (jpeg[at] & 0xFF) == MARKER) {
                at++;
            }
            if (at >= jpeg.length) {
                break;
            }
            int marker = jpeg[at++] & 0xFF;
            if (marker == END_OF_IMAGE) {
                out.write(jpeg, at, jpeg.length - at);
                break;
            }
            if (standsAlone(marker)) {
                continue;
            }
            if (at + 2 > jpeg.length) {
                return jpeg;
            }
            int length = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
            if (length < 2 || at + length > jpeg.length) {
                return jpeg;
            }
            out.write(jpeg, at + 2, length - 2);
            at += length;
            if (marker == START_OF_SCAN) {
                at = nextMarker(jpeg, at);
            }
        }
        return out.toByteArray();
    }

    /** Start of image, restart markers and TEM have no length and no content. */
    private static boolean standsAlone(int marker) {
        return marker == START_OF_IMAGE || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /** Past a scan's entropy-coded data: the next 0xFF that is neither a stuffed zero nor a restart marker. */
    private static int nextMarker(byte[] jpeg, int at) {
        while (at + 1 < jpeg.length) {
            int next = jpeg[at + 1] & 0xFF;
            if ((jpeg[at] & 0xFF) == MARKER && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                return at;
            }
            at++;
        }
        return jpeg.length;
    }
}
