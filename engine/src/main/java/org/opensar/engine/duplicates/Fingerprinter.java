package org.opensar.engine.duplicates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.extract.AddedLines;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.MessageFields;

/**
 * Turns a document's text into a {@link DocumentFingerprint}: lower-case words (so line breaks, reflow, spacing and
 * punctuation do not matter), shingles of {@value #SHINGLE_WORDS} words, and at most {@value #MAX_SHINGLES} of the
 * smallest shingle hashes (a bottom-k sample, so a long document costs no more than a short one), and its
 * {@link CopyTraits}. Print stamps and e-mail header fields are left out ({@link AddedLines}), so a
 * copy with only a print line added is an exact copy. Thread-safe.
 */
public final class Fingerprinter {

    static final int SHINGLE_WORDS = 4;
    static final int MAX_SHINGLES = 1024;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public DocumentFingerprint fingerprint(ExtractedDocument document) {
        return fingerprint(document, null);
    }

    /**
     * The fingerprint of {@code document}, dated when an e-mail was sent, or else {@code recorded} (the records
     * system's date for it, when it gives one).
     */
    public DocumentFingerprint fingerprint(ExtractedDocument document, LocalDate recorded) {
        long[] words = new long[256];
        int count = 0;
        long contentHash = 1125899906842597L;
        String text = AddedLines.strip(document.fullText());
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            long word = mix(matcher.group().toLowerCase(Locale.ROOT).hashCode());
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = word;
            contentHash = mix(contentHash * 31 + word);
        }
        int[] shingles = new int[Math.max(0, count - SHINGLE_WORDS + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                h = mix(h * 1_000_003L + words[i + j]);
            }
            shingles[i] = (int) (h ^ (h >>> 32));
        }
        int[] sample =
                Arrays.stream(shingles).sorted().distinct().limit(MAX_SHINGLES).toArray();
        return new DocumentFingerprint(document.file(), contentHash, sample, traits(document, recorded, count));
    }

    private static CopyTraits traits(ExtractedDocument document, LocalDate recorded, int words) {
        Map<String, String> metadata = document.metadata();
        Instant sent = MessageFields.instant(metadata.get(MessageFields.SENT));
        Instant at = sent != null || recorded == null
                ? sent
                : recorded.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new CopyTraits(
                at == null ? CopyTraits.UNDATED : at.getEpochSecond(),
                document.outcome() == ExtractionOutcome.OCR_APPLIED
                        || "true".equals(metadata.get(MessageFields.SCANNED)),
                words,
                metadata.get(MessageFields.MESSAGE_ID),
                MessageFields.list(metadata.get(MessageFields.REFERENCES)),
                metadata.get(MessageFields.TOPIC),
                MessageFields.list(metadata.get(MessageFields.ATTACHMENTS)));
    }

    /** The finaliser of MurmurHash3: spreads the bits of a hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
