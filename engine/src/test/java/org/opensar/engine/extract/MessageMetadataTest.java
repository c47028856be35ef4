package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;

/** What extraction tells of an e-mail's conversation, on Apache Tika's and Apache POI's test messages. */
class MessageMetadataTest {

    private final TikaTextExtractor extractor =
            new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-ocr"));

    @TempDir
    Path tmp;

    private Map<String, String> metadata(String fixture, long offset, long length) throws IOException {
        Path file = tmp.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("/org/opensar/engine/duplicates/real-mail/" + fixture)) {
            Files.write(file, in.readAllBytes());
        }
        long size = length < 0 ? Files.size(file) : length;
        ExtractedDocument extracted =
                extractor.extract(new CaseDocument("documents/" + fixture, file, size, DocumentMetadata.NONE, offset));
        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.EXTRACTED);
        return extracted.metadata();
    }

    @Test
    void anOutlookForwardNamesTheMessageItAnswersAndItsTopic() throws IOException {
        Map<String, String> forward = metadata("tika-testMSG_forwarded.msg", -1, -1);

        assertThat(forward)
                .containsEntry(
                        MessageFields.MESSAGE_ID,
                        "<C8508767C15DBF40A21693142739EA8D564D18FDA2@EXVMBX018-1.exch018.msoutlookonline.net>")
                .containsEntry(
                        MessageFields.REFERENCES,
                        "<C8508767C15DBF40A21693142739EA8D564D18FDA1@EXVMBX018-1.exch018.msoutlookonline.net>")
                .containsEntry(MessageFields.TOPIC, "Testing")
                .containsEntry(MessageFields.SENT, "2011-12-08T00:30:39Z");
    }

    @Test
    void aMessageOfAMailboxIsReadAloneWithItsHeaders() throws IOException {
        Map<String, String> third = metadata("tika-complex.mbox", 9237, 4785);

        assertThat(third)
                .containsEntry(MessageFields.MESSAGE_ID, "<C6496CF9.1437C%jothipn@yahoo-inc.com>")
                .containsEntry(MessageFields.REFERENCES, "<592088.35091.qm@web111010.mail.gq1.yahoo.com>");
    }

    @Test
    void eachAttachmentIsKnownByItsBytesAndAMessageWithoutOneHasNone() throws IOException {
        Map<String, String> withTwo = metadata("tika-testRFC822_multipart_attachments.eml", -1, -1);

        assertThat(MessageFields.list(withTwo.get(MessageFields.ATTACHMENTS)))
                .hasSize(2)
                .contains(sha256("This is Test TXTA File for parser"));
        assertThat(metadata("tika-testMSG_forwarded.msg", -1, -1)).doesNotContainKey(MessageFields.ATTACHMENTS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
