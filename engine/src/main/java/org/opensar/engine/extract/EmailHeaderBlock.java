package org.opensar.engine.extract;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The header lines of an e-mail (From, To, Cc, Bcc, Date, Subject), written back as the first lines of its text. Tika's
 * RFC 822 parser puts them in metadata and leaves them out of the body, so the people who sent and received the
 * message would be neither seen by detection nor shown in the bundle. Outlook .msg files need none: Tika's
 * OutlookExtractor already writes From, To, Cc and Bcc into the body. {@link AddedLines} skips these lines when a
 * document is classified, as it does for a printed e-mail.
 */
final class EmailHeaderBlock {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

    private EmailHeaderBlock() {}

    /** The header lines, each ending in a line break, then a blank line; empty when the metadata has none. */
    static String of(Metadata metadata) {
        StringBuilder block = new StringBuilder();
        line(block, "From", String.join(", ", metadata.getValues(Message.MESSAGE_FROM)));
        line(block, "To", String.join(", ", metadata.getValues(Message.MESSAGE_TO)));
        line(block, "Cc", String.join(", ", metadata.getValues(Message.MESSAGE_CC)));
        line(block, "Bcc", String.join(", ", metadata.getValues(Message.MESSAGE_BCC)));
        Date sent = metadata.getDate(TikaCoreProperties.CREATED);
        line(block, "Date", sent == null ? "" : DATE.format(sent.toInstant()));
        line(block, "Subject", metadata.get(TikaCoreProperties.SUBJECT));
        return block.isEmpty() ? "" : block.append('\n').toString();
    }

    private static void line(StringBuilder block, String field, String value) {
        if (value != null && !value.isBlank()) {
            block.append(field)
                    .append(": ")
                    .append(value.strip().replaceAll("\\s+", " "))
                    .append('\n');
        }
    }
}
