package org.opensar.engine.tools.generate;

/**
 * The file formats the generator writes, each with its writer. DOC and MSG are not written (see docs/generator.md).
 * A searchable scan and a mailbox are written only for council-style copies ({@link CopyMix#COUNCIL}).
 */
enum DocumentFormat {
    PDF("pdf", new PdfFileWriter(PdfFileWriter.Pages.TEXT)),
    DOCX("docx", new DocxFileWriter()),
    RTF("rtf", new RtfFileWriter()),
    ODT("odt", new OdtFileWriter()),
    TXT("txt", TextFileWriters::writeText),
    HTML("html", TextFileWriters::writeHtml),
    EML("eml", EmailWriter::write),
    SCANNED_PDF("pdf", new PdfFileWriter(PdfFileWriter.Pages.IMAGE)),
    /** A scan with the scanner's OCR text behind each page image. */
    SEARCHABLE_SCAN("pdf", new PdfFileWriter(PdfFileWriter.Pages.IMAGE_WITH_TEXT)),
    /** One message of a Unix mailbox file that holds its conversation. */
    MBOX("mbox", EmailWriter::appendToMailbox);

    private final String extension;
    private final DocumentFileWriter writer;

    DocumentFormat(String extension, DocumentFileWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    String extension() {
        return extension;
    }

    DocumentFileWriter writer() {
        return writer;
    }
}
