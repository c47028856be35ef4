package org.opensar.engine.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word 2007+ documents with Apache POI, one paragraph per line of text, creation date from the document. */
final class DocxFileWriter implements DocumentFileWriter {

    @Override
    public void write(GeneratedDocument document, Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : document.text().text().split("\n", -1)) {
                XWPFRun run = docx.createParagraph().createRun();
                run.setFontFamily("Arial");
                run.setFontSize(10);
                run.setText(paragraph);
            }
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            Optional<Date> created = Optional.of(Date.from(document.created().toInstant(ZoneOffset.UTC)));
            core.setCreated(created);
            core.setModified(created);
            core.setCreator(document.metadata().author());
            docx.write(out);
        }
    }
}
