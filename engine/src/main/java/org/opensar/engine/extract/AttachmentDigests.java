package org.opensar.engine.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses an e-mail's attachments as Tika does, noting the SHA-256 of each one's bytes first, so that the same file
 * attached to two messages (or also filed on its own) is known to be the same file whatever its name. An attachment
 * Tika hands over as a container rather than bytes (a message attached to an Outlook message) has none.
 */
final class AttachmentDigests extends ParsingEmbeddedDocumentExtractor {

    private final List<String> digests = new ArrayList<>();

    AttachmentDigests(ParseContext context) {
        super(context);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        TikaInputStream attachment = TikaInputStream.get(stream);
        MessageDigest sha256 = sha256();
        long length;
        try (InputStream bytes = new DigestInputStream(Files.newInputStream(attachment.getPath()), sha256)) {
            length = bytes.transferTo(OutputStream.nullOutputStream());
        }
        if (length > 0) {
            digests.add(HexFormat.of().formatHex(sha256.digest()));
        }
        super.parseEmbedded(attachment, handler, metadata, outputHtml);
    }

    /** The digests of the attachments parsed so far, in order, space-separated ({@link MessageFields}). */
    String digests() {
        return String.join(" ", digests);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
