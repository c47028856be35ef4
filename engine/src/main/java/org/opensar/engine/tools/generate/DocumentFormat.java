package org.opensar.engine.tools.generate;

/** The file formats the generator writes, each with its writer. DOC and MSG are not written (see docs/generator.md). */
enum DocumentFormat {
    PDF("pdf", new PdfFileWriter(false)),
    DOCX("docx", new DocxFileWriter()),
    RTF("rtf", new RtfFileWriter()),
    ODT("odt", new OdtFileWriter()),
    TXT("txt", TextFileWriters::writeText),
    HTML("html", TextFileWriters::writeHtml),
    EML("eml", TextFileWriters::writeEmail),
    SCANNED_PDF("pdf", new PdfFileWriter(true));

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
