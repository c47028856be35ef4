package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A minimal valid OpenDocument text: {@code mimetype} stored first, then manifest, meta and content. */
final class OdtFileWriter implements DocumentFileWriter {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    @Override
    public void write(GeneratedDocument document, Path file) throws IOException {
        long time = document.created().toInstant(ZoneOffset.UTC).toEpochMilli();
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            put(zip, first, mimetype, time);
            put(zip, new ZipEntry("META-INF/manifest.xml"), manifest(), time);
            put(zip, new ZipEntry("meta.xml"), meta(document), time);
            put(zip, new ZipEntry("content.xml"), content(document), time);
        }
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] bytes, long time) throws IOException {
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] manifest() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                        + " manifest:version=\"1.2\">\n"
                        + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>\n"
                        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                        + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                        + "</manifest:manifest>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] meta(GeneratedDocument document) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta xmlns:office=\"" + OFFICE
                        + "\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\">"
                        + "<office:meta><meta:generator>OpenSAR generator</meta:generator><meta:creation-date>"
                        + document.created() + "</meta:creation-date></office:meta></office:document-meta>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] content(GeneratedDocument document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(" xmlns:office=\"")
                .append(OFFICE)
                .append("\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">")
                .append("<office:body><office:text>\n");
        for (String paragraph : document.text().text().split("\n", -1)) {
            xml.append("<text:p>").append(TextFileWriters.escape(paragraph)).append("</text:p>\n");
        }
        return xml.append("</office:text></office:body></office:document-content>\n")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
