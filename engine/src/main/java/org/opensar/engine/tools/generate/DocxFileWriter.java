package org.opensar.engine.tools.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Word 2007+ documents with Apache POI, one paragraph per line of text. The creation date and the zip entry
 * times come from the document, so the same document gives the same bytes.
 */
final class DocxFileWriter implements DocumentFileWriter {

    @Override
    public void write(GeneratedDocument document, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
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
            docx.write(bytes);
        }
        long time = document.created().toInstant(ZoneOffset.UTC).toEpochMilli();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
                OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
