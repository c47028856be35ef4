package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementLogTest {

    private static final PlacementLog LOG = new PlacementLog(
            DisclosurePolicy.careLeaver().substance(),
            DisclosurePolicy.careLeaver().signatureLabels());

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
                // a clause that records that nothing happened has no substance, whatever it names
                "Well. No medication. | ",
                "Nil incidents, no contact today. | ",
                "Nothing to report re health or school. | ",
                "Fine and no injuries. | ",
                "N/A | ",
                // but a negated clause does not hide the rest of the entry
                "No concerns at tea but upset at bedtime. | 'upset'",
                "No contact, Mum did not turn up. | 'Mum'",
                // everyday things, however many words they take, and routine phrases
                "Laundry day - put his own wash on with a bit of help. Beans on toast for tea. | ",
                "Bank holiday. Slow morning, pancakes, walk to the park. | ",
                "Dentist check-up, nothing needed. Back to school after lunch. | ",
                // but the substance term of a routine phrase still counts elsewhere in the entry
                "Bank holiday. Went on holiday to Wales with the carers. | 'holiday'",
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
            quoteCharacter = '"',
            value = {
                // a labelled date on its own line, the entry on the lines below; the sheet's heading and sign-off
                // are the form's words
                "Date: 04/03/2019    Type: Routine\\nQuiet day at home.\\nDate: 05/03/2019    Type: Health\\nNone."
                        + "\\nRecorded by: A Carer    Copies sent to the supervising social worker weekly. | ",
                "Entry date - 4 March 2019\\nAll fine.\\nEntry date - 5 March 2019\\nWent to school as normal. | ",
                "Date: 04/03/2019\\nSchool as usual.\\nDate: 05/03/2019\\nCried after a phone call from Dad. | 'phone call'",
                // a line below the date belongs to that entry
                "04/03/2019\\nWent to school.\\nLater got upset about his sister. | 'upset'"
            })
    void readsAnEntryFromItsDateToTheNext(String entries, String expected) {
        String log = "Foster Carer Recording Sheet\nChild: Jordan Ellis    Social worker: B Worker\n"
                + entries.replace("\\n", "\n");

        assertThat(LOG.substance(log).orElse(null)).isEqualTo(expected);
    }

    @Test
    void readsALogSentByEmailFromItsOwnTitle() {
        String mail = "From: A Carer <carer@example.com>\nTo: B Worker <b.worker@example.gov.uk>\n"
                + "Subject: this week\nDate: Mon, 4 Mar 2019 09:15:00 +0000\n\nWeekly Recording\n"
                + "Young person: Jordan    Placement type: long term fostering arrangement\n"
                + "Mon 4 March\nSchool as usual.\nTue 5 March\nNothing to report.\n";

        assertThat(LOG.substance(mail)).isEmpty();
        assertThat(LOG.entryCount(mail)).isEqualTo(2);
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
