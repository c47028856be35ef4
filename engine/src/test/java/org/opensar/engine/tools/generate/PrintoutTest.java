package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.detect.PersonalDataType;

class PrintoutTest {

    private static final MarkedText HEADER = new MarkedText().plain("Printed 27/06/2016 by LCS user 3002");
    private static final MarkedText FOOTER = new MarkedText().plain("Page #PAGE# of #PAGES#");

    @ParameterizedTest(name = "{0} at {1} wide, hyphens {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The assessment was completed | 20 | true  | The assessment was/completed
            A placement disruption meeting | 20 | true | A placement disrupt-/ion meeting
            A placement disruption meeting | 20 | false | A placement/disruption meeting
            Contact with grandmother | 22 | true | Contact with grandmot-/her
            # a word of fewer than eight letters is never split, nor one that would leave fewer than three letters
            We saw her younger brother | 20 | true | We saw her younger/brother
            Contact with grandmother | 23 | true | Contact with/grandmother
            # nor a word with a digit or a hyphen in it
            Seen on 2016-06-27 afternoon | 20 | true | Seen on 2016-06-27/afternoon
            Seen at the placement. | 20 | true | Seen at the/placement.
            # a line that fits is left alone
            Short line | 20 | true | Short line
            """)
    void linesAreLaidOutAgainAtTheWidth(String text, int width, boolean hyphenate, String lines) {
        String printed = new Printout(HEADER, FOOTER, width, hyphenate)
                .print(new MarkedText().plain(text))
                .text();

        assertThat(printed)
                .isEqualTo("Printed 27/06/2016 by LCS user 3002\n\n" + lines.replace('/', '\n') + "\n\nPage 1 of 1");
    }

    @Test
    void everyPageHasTheHeaderAndAFooterThatCountsThePages() {
        String body = "Line of the record.\n".repeat(Printout.BODY_LINES * 2 + 3);

        String printed = new Printout(HEADER, FOOTER, 40, true)
                .print(new MarkedText().plain(body))
                .text();

        assertThat(printed.split("Printed 27/06/2016", -1)).hasSize(4);
        assertThat(printed).contains("Page 1 of 3", "Page 2 of 3", "Page 3 of 3");
        assertThat(PageLayout.pageCount(printed)).isEqualTo(3);
    }

    @Test
    void aMarkedNameIsNeverSplitAndItsMarkMovesWithIt() {
        MarkedText text = new MarkedText()
                .plain("Contact arranged with ")
                .thirdParty("Maximilianus", PersonalDataType.PERSON, "Maximilianus Example")
                .plain(" today");

        MarkedText printed = new Printout(HEADER, FOOTER, 28, true).print(text);

        MarkedText.ThirdParty mark = printed.thirdParty().get(0);
        assertThat(printed.text().substring(mark.start(), mark.end())).isEqualTo("Maximilianus");
        assertThat(printed.text()).contains("with\nMaximilianus today");
    }

    @Test
    void ocrMisreadsWordsButNeverAMarkedOne() {
        MarkedText text = new MarkedText();
        for (int i = 0; i < 200; i++) {
            text.plain("the carer said ").keep("Jordan", KeepReason.SUBJECT).plain(" was settled\n");
        }

        MarkedText read = new OcrNoise(new Random(7), 0.05).read(text);

        assertThat(read.text()).isNotEqualTo(text.text());
        assertThat(read.keep())
                .hasSize(200)
                .allSatisfy(k ->
                        assertThat(read.text().substring(k.start(), k.end())).isEqualTo("Jordan"));
        long misread = read.text()
                .lines()
                .filter(l -> !l.equals("the carer said Jordan was settled"))
                .count();
        assertThat(misread).isBetween(20L, 120L);
    }

    @Test
    void editsMoveTheMarksAfterThemAndResizeTheOnesTheyTouch() {
        MarkedText text =
                new MarkedText().plain("ab ").keep("Cdef", KeepReason.STAFF).plain(" gh");

        MarkedText edited = text.edited(List.of(
                TextEdit.insert(0, "> "),
                TextEdit.insert(3, "XX"),
                TextEdit.replace(4, 5, "dd"),
                TextEdit.insert(7, "!")));

        assertThat(edited.text()).isEqualTo("> ab XXCddef! gh");
        MarkedText.Keep mark = edited.keep().get(0);
        assertThat(edited.text().substring(mark.start(), mark.end())).isEqualTo("Cddef");
    }
}
