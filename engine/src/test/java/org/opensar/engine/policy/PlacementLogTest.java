package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementLogTest {

    private static final PlacementLog LOG =
            new PlacementLog(DisclosurePolicy.careLeaver().substance());

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // nothing of substance
                "No issues. | ",
                "Went to school as normal. | ",
                "Jordan went to school as normal. | ",
                "Had tea and went to bed. | ",
                "Good day. Settled well, no concerns. | ",
                "Quiet evening at home. Nothing to report. | ",
                "Attended school, ate well at tea, bath and bed. | ",
                "Uneventful day, usual routine. | ",
                "Spent the evening gaming in his room. | ",
                // one word the lists do not know is not enough on its own
                "Quiet evening, did a jigsaw. | ",
                // short but meaningful
                "Was excluded from school for two days. | 'excluded'",
                "Disclosed that she was hit. | 'hit'",
                "Refused to go to school. | 'refused'",
                "Upset after contact with Mum. | 'upset'",
                "Went to the cinema with friends. | 'cinema'",
                "Was withdrawn and tearful at bedtime. | 'withdrawn'",
                "Would not get out of bed. | 'would not'",
                // two words the lists do not know are enough
                "Went to the zoo with her cousins. | words 'zoo', 'cousins'",
                "Was sick in the night. | 'sick'"
            })
    void findsSubstanceInAnEntryHoweverShort(String entry, String expected) {
        String log = "Foster Carer Daily Log\n04/03/2019: No issues.\n05/03/2019: " + entry;

        assertThat(LOG.substance(log).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mon 04/03/2019: | 1",
                "4th March 2019 - | 1",
                "2019-03-04 18:30 | 1",
                "Tuesday 5 Mar: | 1",
                "No date: | 2"
            })
    void readsDatedLinesAsEntries(String prefix, int entries) {
        assertThat(LOG.entryCount("Daily Log\nChild: Jordan Ellis\n" + prefix + " No issues."))
                .isEqualTo(entries);
    }
}
