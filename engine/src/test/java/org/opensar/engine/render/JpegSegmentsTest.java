package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JPEG's comments and metadata are kept for the verifier to search; its compressed pixels are not. */
class JpegSegmentsTest {

    @Test
    void segmentsAndTrailingBytesAreKeptAndScanDataIsNot() throws Exception {
        byte[] jpeg = jpeg(
                segment(0xFE, "a comment naming Philippa"),
                segment(0xE1, "Exif metadata"),
                segment(0xDA, "scan header"),
                bytes("pixels that happen to read Drummond"),
                new byte[] {(byte) 0xFF, 0x00},
                bytes("more pixels Jun"),
                new byte[] {(byte) 0xFF, (byte) 0xD3},
                bytes("after a restart Wetherspoon"),
                new byte[] {(byte) 0xFF, (byte) 0xD9},
                bytes("appended after the end Octavia"));

        String kept = new String(JpegSegments.outsideScans(jpeg), StandardCharsets.ISO_8859_1);

        assertThat(kept).contains("a comment naming Philippa", "Exif metadata", "scan header", "Octavia");
        assertThat(kept).doesNotContain("Drummond", "Jun", "Wetherspoon");
    }

    @Test
    void somethingThatIsNotAJpegItCanReadIsSearchedWhole() {
        byte[] notJpeg = bytes("plain text Philippa");
        assertThat(JpegSegments.outsideScans(notJpeg)).isEqualTo(notJpeg);
        byte[] cut = jpeg(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x40}, bytes("short Philippa"));
        assertThat(JpegSegments.outsideScans(cut)).isEqualTo(cut);
    }

    private static byte[] jpeg(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, String content) {
        byte[] text = bytes(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                new byte[] {(byte) 0xFF, (byte) marker, (byte) ((text.length + 2) >> 8), (byte) (text.length + 2)});
        out.writeBytes(text);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
