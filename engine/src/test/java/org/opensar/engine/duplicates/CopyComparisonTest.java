package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CopyComparisonTest {

    private static final String NOTE = """
            Home visit 3 March 2015. Sam was at home with his aunt when I arrived. He showed me the model \
            aeroplane he had built at the youth club and said the new bus route makes school easier.
            We talked about his wish to see his brother more often. Sam said the weekend visits were going \
            well but he finds Sundays hard when he has to leave. I agreed to raise this at the review.
            His aunt asked for help with the cost of school shoes and I gave her the number for the \
            family support team.""";

    private static final String REPLY = "Thank you, I will ring his aunt tomorrow.\n\n-----Original Message-----\n"
            + "From: Jo Example\nSent: Tuesday, 3 March 2015 16:02\nTo: Lee Example\nSubject: Home visit\n\n" + NOTE;

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(
                        "the same text laid out again",
                        NOTE,
                        NOTE.replace('\n', ' ').replace(". ", ".\n"),
                        true,
                        true),
                Arguments.of(
                        "a printout: header, footer, lines hyphenated",
                        NOTE,
                        "Printed 27/06/2016 by LCS user 3002\n\n"
                                + NOTE.replace("aeroplane", "aero-\nplane").replace("arrived.", "ar-\nrived.")
                                + "\n\nPage 1 of 1",
                        true,
                        true),
                Arguments.of(
                        "a two-page printout, footer and header between the pages",
                        NOTE,
                        "Mosaic case record print 13/04/2016 A Example\n"
                                + NOTE.replace(
                                        "We talked",
                                        "Page 1 of 2\nMosaic case record print 13/04/2016 A Example\n" + "We talked")
                                + "\nPage 2 of 2",
                        true,
                        true),
                Arguments.of("a date stamp", NOTE, "RECEIVED 14 MAR 2015\n\n" + NOTE, true, true),
                Arguments.of("a note about the copy", NOTE, "Copy for file - no action needed.\n\n" + NOTE, true, true),
                Arguments.of(
                        "a note saying where the copy was placed",
                        NOTE,
                        "Copy placed on the child's file by Business Support.\n\n" + NOTE,
                        true,
                        true),
                Arguments.of(
                        "a note naming who it went to",
                        NOTE,
                        "Copy sent to Jo Example (IRO) for information.\n\n" + NOTE,
                        true,
                        true),
                Arguments.of(
                        "OCR misreadings, a split word and a lost full stop",
                        NOTE,
                        NOTE.replace("showed", "sbowed")
                                .replace("brother", "brot her")
                                .replace("easier.", "easier")
                                .replace("cost", "c0st"),
                        true,
                        true),
                Arguments.of(
                        "a four-page printout scanned back, its running lines misread on one page",
                        NOTE,
                        fourPages("Printed 27/06/2016 by LCS user 3002", "Pr1nted 27/06/2016 by LCS user 3OO2"),
                        true,
                        true),
                Arguments.of(
                        "a printed e-mail with a note written above its header fields",
                        "From: Jo Example\nSent: 3 March 2015 16:02\nTo: Sam's team\nSubject: Home visit\n\n" + NOTE,
                        "Copy for file.\nFrom: Jo Example\nSent: 3 March 2015 16:02\nTo: Sam's team\n"
                                + "Subject: Home visit\n\n" + NOTE,
                        true,
                        true),
                Arguments.of(
                        "a one-line reply and the same reply printed, the message it quotes under its header",
                        REPLY,
                        "Scanned 19 JULY 2014\n\nFrom: Lee Example\nTo: Jo Example\nSubject: RE: Home visit\n"
                                + "Date: Fri, 15 Mar 2015 13:11:00 +0000\n\n" + REPLY,
                        true,
                        true),
                Arguments.of(
                        "words run together by OCR",
                        NOTE,
                        NOTE.replace("the model aeroplane he had built", "themodelaeroplanehehadbuilt"),
                        true,
                        true),
                // negatives: something of substance added or changed
                Arguments.of(
                        "an addendum of substance",
                        NOTE,
                        NOTE + "\nAddendum 10 March 2015: Sam's aunt rang to say he had not come home on Friday and"
                                + " the police found him at a friend's house the next morning.",
                        true,
                        false),
                Arguments.of(
                        "a short note of substance",
                        NOTE,
                        "Aunt rang later, Sam upset about the move.\n\n" + NOTE,
                        true,
                        false),
                Arguments.of(
                        "a line of the document's own, repeated on every page",
                        NOTE,
                        fourPages("Seen alone: yes", "Seen alone: yes"),
                        true,
                        false),
                Arguments.of(
                        "the same form filled in on another day",
                        NOTE,
                        NOTE.replace("3 March 2015", "17 March 2015"),
                        false,
                        false),
                Arguments.of(
                        "a sentence changed",
                        NOTE,
                        NOTE.replace("I agreed to raise this at the review.", "I said this cannot change yet."),
                        false,
                        false),
                Arguments.of(
                        "a reply quoting the message, every line marked",
                        NOTE,
                        "Thanks, I will add this to the plan and ring his aunt tomorrow.\n\nOn 3 Mar 2015 at 16:02, A"
                                + " Example wrote:\n> " + NOTE.replace("\n", "\n> "),
                        true,
                        false),
                Arguments.of(
                        "a reply quoting only the start of the message",
                        NOTE,
                        "Thanks, noted.\n\n> "
                                + NOTE.substring(0, NOTE.indexOf("We talked")).replace("\n", "\n> ") + "\n> [...]",
                        false,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void whatIsInsideWhat(String what, String a, String b, boolean aInsideB, boolean bInsideA) {
        CopyComparison comparison = CopyComparison.of(a, b, 12);

        assertThat(comparison.firstInsideSecond()).as("first inside second").isEqualTo(aInsideB);
        assertThat(comparison.secondInsideFirst()).as("second inside first").isEqualTo(bInsideA);
    }

    @Test
    void differencesAreReadForWhatTheyAre() {
        CopyComparison comparison = CopyComparison.of(
                NOTE, "Printed 27/06/2016 by LCS user 3002\n" + NOTE.replace("showed", "sbowed") + "\nPage 1 of 1", 12);

        assertThat(comparison.onlyB())
                .extracting(Difference::kind)
                .containsExactly(Difference.Kind.ADDED_BY_COPYING, Difference.Kind.PAGE_NUMBER);
        assertThat(comparison.onlyB().get(0).text()).isEqualTo("Printed 27/06/2016 by LCS user 3002");
        assertThat(comparison.onlyA())
                .containsExactly(new Difference(Difference.Kind.MISREADING, 1, "showed → sbowed"));
        assertThat(comparison.shareOfFirst()).isEqualTo(1.0);
    }

    @Test
    void runningLinesAreCountedAndShownOnce() {
        CopyComparison comparison = CopyComparison.of(
                NOTE, fourPages("Printed 27/06/2016 by LCS user 3002", "Printed 27/06/2016 by LCS user 3OO2"), 12);

        assertThat(comparison.onlyB()).hasSize(1);
        assertThat(comparison.onlyB().get(0))
                .isEqualTo(new Difference(
                        Difference.Kind.RUNNING_HEADER, 4, "Printed 27/06/2016 by LCS user 3002 Page 1 of 4"));
        assertThat(comparison.onlyA()).isEmpty();
    }

    /** The note printed on four pages, {@code line} and the page number atop each, {@code second} atop the second. */
    private static String fourPages(String line, String second) {
        String[] sentences = NOTE.split("(?<=\\.) ");
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            int page = i * 4 / sentences.length;
            if (page != (i - 1) * 4 / sentences.length || i == 0) {
                pages.append('\n')
                        .append(page == 1 ? second : line)
                        .append(" Page ")
                        .append(page + 1)
                        .append(" of 4\n");
            }
            pages.append(sentences[i]).append(' ');
        }
        return pages.toString();
    }

    @Test
    void tooFewWordsAreNeverInsideAnything() {
        CopyComparison comparison = CopyComparison.of("Seen at home, all well.", NOTE + " Seen at home, all well.", 12);

        assertThat(comparison.firstInsideSecond()).isFalse();
    }
}
