package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Rich Text Format written by hand: ASCII control words, other characters as {@code \\uN?}. */
final class RtfFileWriter implements DocumentFileWriter {

    @Override
    public void write(GeneratedDocument document, Path file) throws IOException {
        LocalDateTime created = document.created();
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1")
                .append("{\\fonttbl{\\f0\\fswiss Arial;}}\n{\\info{\\title ")
                .append(escape(document.metadata().title()))
                .append("}{\\creatim\\yr")
                .append(created.getYear())
                .append("\\mo")
                .append(created.getMonthValue())
                .append("\\dy")
                .append(created.getDayOfMonth())
                .append("\\hr")
                .append(created.getHour())
                .append("\\min")
                .append(created.getMinute())
                .append("}}\n\\paperw11906\\paperh16838\\margl1134\\margr1134\\f0\\fs20\n");
        for (String paragraph : document.text().text().split("\n", -1)) {
            rtf.append("{\\pard ").append(escape(paragraph)).append("\\par}\n");
        }
        Files.writeString(file, rtf.append("}\n"), StandardCharsets.US_ASCII);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append((char) c);
            } else if (c < 128) {
                out.append((char) c);
            } else if (c <= 0xFFFF) {
                out.append("\\u").append((int) (short) c).append('?');
            } else {
                for (char unit : Character.toChars(c)) {
                    out.append("\\u").append((int) (short) unit).append('?');
                }
            }
        });
        return out.toString();
    }
}
