package org.opensar.engine.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads text that is valid UTF-8 as UTF-8 before asking Tika's statistical detectors, which can take a short UTF-8
 * text with a few accented names for a Chinese encoding ("Róisín" read as "R贸is铆n"): the names would then be
 * neither found nor redacted, and the bundle would show them garbled. Other text goes to the detectors as before.
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {

    /** How much of the text is checked; a multi-byte character cut at the end is allowed. */
    private static final int SAMPLE_BYTES = 1 << 16;

    private final EncodingDetector fallback;

    Utf8FirstEncodingDetector(EncodingDetector fallback) {
        this.fallback = fallback;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return fallback.detect(null, metadata);
        }
        input.mark(SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        return validUtf8(sample) ? StandardCharsets.UTF_8 : fallback.detect(input, metadata);
    }

    static boolean validUtf8(byte[] bytes) {
        int end = bytes.length;
        if (end == SAMPLE_BYTES) {
            end = startOfLastCharacter(bytes);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Where the last character of a cut sample starts, so a character split by the cut is not taken as malformed. */
    private static int startOfLastCharacter(byte[] bytes) {
        int i = bytes.length - 1;
        while (i > 0 && (bytes[i] & 0xC0) == 0x80 && bytes.length - i < 4) {
            i--;
        }
        return i;
    }
}
