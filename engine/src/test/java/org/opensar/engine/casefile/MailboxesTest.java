package org.opensar.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailboxesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two messages                       | inbox.mbox | From a@x Mon Jun 01 10:00:00 2009\\nSubject: one\\n\\nHello\\n\\nFrom b@x Mon Jun 01 11:00:00 2009\\nSubject: two\\n\\nBye\\n | Subject: one\\n\\nHello\\n\\n;Subject: two\\n\\nBye\\n
            CRLF line ends                     | inbox.mbox | From a@x Mon\\r\\nSubject: one\\r\\n\\r\\nHi\\r\\n\\r\\nFrom b@x Tue\\r\\nSubject: two\\r\\n\\r\\nBye\\r\\n | Subject: one\\r\\n\\r\\nHi\\r\\n\\r\\n;Subject: two\\r\\n\\r\\nBye\\r\\n
            # a line starting From inside a body, not after a blank line, is no separator
            From in a body                     | inbox.mbox | From a@x Mon\\nSubject: one\\n\\nLine\\nFrom the carer: all well\\n | Subject: one\\n\\nLine\\nFrom the carer: all well\\n
            # not a mailbox: another name, or no separator first
            a text file starting with From     | note.txt   | From a@x Mon\\nSubject: one\\n\\nHello\\n | -
            a .mbox that is not a mailbox      | notes.mbox | Dear Sam\\nFrom the team\\n | -
            """)
    void aMailboxIsSplitAtItsSeparatorLines(String what, String name, String content, String expected)
            throws IOException {
        Path file = Files.writeString(
                tmp.resolve(name), content.replace("\\r", "\r").replace("\\n", "\n"));

        List<String> messages = Mailboxes.isMailbox(file)
                ? Mailboxes.messages(file).stream().map(m -> read(file, m)).toList()
                : List.of();

        assertThat(messages)
                .isEqualTo(
                        expected.equals("-")
                                ? List.of()
                                : List.of(expected.replace("\\r", "\r")
                                        .replace("\\n", "\n")
                                        .split(";")));
    }

    @Test
    void theCaseFileListsEachMessageAsADocumentWithTheMailboxsMetadata() {
        Path folder = aCaseFolder(tmp.resolve("case"))
                .document("documents/mail/inbox.mbox", "From a@x Mon\nSubject: one\n\nHi\n\nFrom b@x Tue\n\nBye\n")
                .document("documents/note.txt", "A note")
                .documentsJson("[{\"file\": \"documents/mail/inbox.mbox\", \"title\": \"Inbox export\"}]")
                .build();

        try (CaseFile caseFile = new CaseFileReader().open(folder)) {
            assertThat(caseFile.documents())
                    .extracting(CaseDocument::file)
                    .containsExactly(
                            "documents/mail/inbox.mbox#0001", "documents/mail/inbox.mbox#0002", "documents/note.txt");
            CaseDocument second = caseFile.documents().get(1);
            assertThat(second.isPart()).isTrue();
            assertThat(read(second.path(), new Mailboxes.Message(second.offset(), second.size())))
                    .isEqualTo("\nBye\n");
            assertThat(second.metadata().title()).isEqualTo("Inbox export");
            assertThat(caseFile.documents().get(2).isPart()).isFalse();
        }
    }

    private static String read(Path file, Mailboxes.Message message) {
        try {
            byte[] all = Files.readAllBytes(file);
            return new String(all, (int) message.offset(), (int) message.length(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
