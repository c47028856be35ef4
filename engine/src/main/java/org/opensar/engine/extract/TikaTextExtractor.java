package org.opensar.engine.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.opensar.engine.casefile.CaseDocument;
import org.xml.sax.SAXException;

/**
 * Extracts text with Apache Tika's AutoDetectParser; PDFs go to PDFBox page by page so page boundaries are kept,
 * images to OCR. Thread-safe.
 */
public final class TikaTextExtractor implements TextExtractor {

    private static final MediaType MESSAGE = MediaType.parse("message/rfc822");
    private static final MediaType OUTLOOK = MediaType.parse("application/vnd.ms-outlook");

    private final ExtractionSettings settings;
    private final AutoDetectParser parser = new AutoDetectParser();
    /** A message of a mailbox is an RFC 822 message whatever its first bytes look like (it may have no headers). */
    private final Parser messageParser = new RFC822Parser();

    private final Set<MediaType> supported = parser.getSupportedTypes(new ParseContext());
    private final MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
    private final TesseractOcr ocr;
    private final PdfPageReader pdfReader;
    private final EncodingDetector encodingDetector = new Utf8FirstEncodingDetector(new DefaultEncodingDetector());

    public TikaTextExtractor(ExtractionSettings settings) {
        this.settings = settings;
        this.ocr = new TesseractOcr(settings);
        this.pdfReader = new PdfPageReader(ocr, settings.maxCharacters());
    }

    @Override
    public ExtractedDocument extract(CaseDocument document) {
        String file = document.file();
        if (document.size() == 0) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EMPTY, "the file is empty");
        }
        if (document.size() > settings.maxBytes()) {
            return ExtractedDocument.failed(
                    file,
                    ExtractionOutcome.TOO_LARGE,
                    document.size() + " bytes is over the limit of " + settings.maxBytes());
        }
        try {
            MediaType type = detect(document);
            if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return pdfReader.read(document);
            }
            if (type.getType().equals("image")) {
                return image(document);
            }
            if (!isSupported(type)) {
                return ExtractedDocument.failed(file, ExtractionOutcome.UNSUPPORTED_FORMAT, "format " + type);
            }
            return parse(document, type);
        } catch (IOException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EXTRACTION_FAILED, e.toString());
        }
    }

    private MediaType detect(CaseDocument document) throws IOException {
        if (document.isPart()) {
            return MESSAGE;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.fileName());
        try (TikaInputStream in = TikaInputStream.get(document.path())) {
            return parser.getDetector().detect(in, metadata);
        }
    }

    private boolean isSupported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (supported.contains(t.getBaseType()) && !t.equals(MediaType.OCTET_STREAM)) {
                return true;
            }
        }
        return false;
    }

    private ExtractedDocument image(CaseDocument document) throws IOException {
        if (!ocr.available()) {
            return new ExtractedDocument(
                    document.file(), List.of(""), Map.of(), ExtractionOutcome.NEEDS_OCR, "an image: text needs OCR");
        }
        String text = ocr.read(document.path()).strip();
        if (text.isEmpty()) {
            return ExtractedDocument.failed(document.file(), ExtractionOutcome.EMPTY, "OCR found no text");
        }
        return new ExtractedDocument(document.file(), List.of(text), Map.of(), ExtractionOutcome.OCR_APPLIED, "");
    }

    private ExtractedDocument parse(CaseDocument document, MediaType type) {
        String file = document.file();
        BodyContentHandler handler = new BodyContentHandler(settings.maxCharacters());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.fileName());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(EncodingDetector.class, encodingDetector);
        AttachmentDigests attachments = null;
        if (type.getBaseType().equals(MESSAGE) || type.getBaseType().equals(OUTLOOK)) {
            attachments = new AttachmentDigests(context);
            context.set(EmbeddedDocumentExtractor.class, attachments);
        }
        try (InputStream in = open(document)) {
            (document.isPart() ? messageParser : parser).parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EMPTY, "the file is empty");
        } catch (EncryptedDocumentException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.PASSWORD_PROTECTED, "needs a password to open");
        } catch (UnsupportedFormatException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.UNSUPPORTED_FORMAT, e.getMessage());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return ExtractedDocument.failed(
                        file,
                        ExtractionOutcome.TOO_LARGE,
                        "more than " + settings.maxCharacters() + " characters of text");
            }
            return ExtractedDocument.failed(file, ExtractionOutcome.CORRUPT, type + " cannot be read: " + e);
        } catch (TikaException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.CORRUPT, type + " cannot be read: " + e);
        } catch (IOException e) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EXTRACTION_FAILED, e.toString());
        }
        String text = handler.toString().strip();
        if (type.getBaseType().equals(MESSAGE)) {
            text = (EmailHeaderBlock.of(metadata) + text).strip();
        }
        if (text.isEmpty()) {
            return ExtractedDocument.failed(file, ExtractionOutcome.EMPTY, "no text in the " + type);
        }
        Map<String, String> kept = metadataOf(metadata, type);
        if (attachments != null) {
            MessageMetadata.add(metadata, attachments.digests(), kept);
        }
        return new ExtractedDocument(file, List.of(text), kept, ExtractionOutcome.EXTRACTED, "");
    }

    /** The document's bytes: the whole file, or one message of a mailbox. */
    private static InputStream open(CaseDocument document) throws IOException {
        if (!document.isPart()) {
            return TikaInputStream.get(document.path());
        }
        try (FileChannel channel = FileChannel.open(document.path())) {
            ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(document.size()));
            while (bytes.hasRemaining() && channel.read(bytes, document.offset() + bytes.position()) >= 0) {
                // read until the message's bytes are all in
            }
            return TikaInputStream.get(bytes.array());
        }
    }

    private static Map<String, String> metadataOf(Metadata metadata, MediaType type) {
        Map<String, String> kept = new HashMap<>();
        kept.put("contentType", type.toString());
        putIfPresent(kept, "title", metadata.get(TikaCoreProperties.TITLE));
        putIfPresent(kept, "author", metadata.get(TikaCoreProperties.CREATOR));
        putIfPresent(kept, "from", metadata.get("Message-From"));
        putIfPresent(kept, "subject", metadata.get("dc:subject"));
        return kept;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
