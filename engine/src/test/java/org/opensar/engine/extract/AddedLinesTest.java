package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddedLinesTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                // removed: print stamps anywhere, e-mail fields at the top
                Arguments.of(
                        "print stamp",
                        "Printed by A Clerk on 01/02/2020 10:15\nCase Note\nText.",
                        "Case Note\nText.\n"),
                Arguments.of("print stamp lower down", "Case Note\nprinted on 3 May 2021\nText.", "Case Note\nText.\n"),
                Arguments.of(
                        "printed e-mail header",
                        "From: A <a@example.org>\nTo: B <b@example.org>\nSubject: Visit\nSent: Monday\n\nCase Note\nText.",
                        "Case Note\nText.\n"),
                Arguments.of("stamp before text on the same line", "Printed by user on 01/01/2020 w1 w2", "w1 w2\n"),
                // kept: the author's own fields and words
                Arguments.of(
                        "date field on a form",
                        "Meeting Minutes\nDate: 19/09/2010\nText.",
                        "Meeting Minutes\nDate: 19/09/2010\nText.\n"),
                Arguments.of(
                        "from field lower down",
                        "Case Transfer\nFrom: Assessment Team\n",
                        "Case Transfer\nFrom: Assessment Team\n"),
                Arguments.of(
                        "sentence about printing",
                        "Case Note\nThe printed letter was sent.\n",
                        "Case Note\nThe printed letter was sent.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void stripsWhatASystemAdded(String name, String text, String expected) {
        assertThat(AddedLines.strip(text)).isEqualTo(expected);
    }

    static Stream<Arguments> senders() {
        return Stream.of(
                Arguments.of(
                        "sent e-mail",
                        "From: Dr A Example <a@example.nhs.uk>\nTo: Team\n\nDear team",
                        "Dr A Example <a@example.nhs.uk>"),
                Arguments.of("From after other fields", "\nSubject: Referral\nfrom:  B Example\n\nText", "B Example"),
                Arguments.of("no header", "Case Transfer\nFrom: Assessment Team\n", ""),
                Arguments.of("From below the header", "To: Team\n\nFrom: the notes of A Example", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senders")
    void theSenderIsTheFromFieldOfTheHeaderTheTextStartsWith(String name, String text, String sender) {
        assertThat(AddedLines.sender(text)).isEqualTo(sender);
    }
}
