package org.opensar.engine.casefile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the messages of a Unix mailbox file (mbox, as Thunderbird, Apple Mail and most exports write it) are: each
 * starts after a separator line "From sender date" at the start of the file or after a blank line, and runs to the
 * blank line before the next. A mailbox is recognised by its name ending .mbox or .mbx and its first line being a
 * separator, so no other file is ever split.
 */
final class Mailboxes {

    private static final byte[] SEPARATOR = "From ".getBytes(StandardCharsets.US_ASCII);

    /** Where one message is in its mailbox file. */
    record Message(long offset, long length) {}

    private Mailboxes() {}

    static boolean isMailbox(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".mbox") && !name.endsWith(".mbx")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SEPARATOR.length);
            return java.util.Arrays.equals(start, SEPARATOR);
        }
    }

    /** The messages of the mailbox file, in order. */
    static List<Message> messages(Path mailbox) throws IOException {
        List<Message> messages = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mailbox), 1 << 16)) {
            long position = 0;
            long lineStart = 0;
            long messageStart = -1;
            boolean previousBlank = true;
            byte[] head = new byte[SEPARATOR.length];
            int headLength = 0;
            int lineLength = 0;
            for (int b = in.read(); b >= 0; b = in.read(), position++) {
                if (lineLength < head.length) {
                    head[headLength++] = (byte) b;
                }
                lineLength++;
                if (b != '\n') {
                    continue;
                }
                boolean separator =
                        previousBlank && headLength == head.length && java.util.Arrays.equals(head, SEPARATOR);
                if (separator) {
                    if (messageStart >= 0) {
                        messages.add(new Message(messageStart, lineStart - messageStart));
                    }
                    messageStart = position + 1;
                }
                previousBlank = lineLength == 1 || (lineLength == 2 && head[0] == '\r');
                lineStart = position + 1;
                headLength = 0;
                lineLength = 0;
            }
            if (messageStart >= 0 && position > messageStart) {
                messages.add(new Message(messageStart, position - messageStart));
            }
        }
        return messages;
    }
}
