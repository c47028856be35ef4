package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentLayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                // kept day by day, whatever the form
                "04/03/2019: a\\n05/03/2019: b\\n06/03/2019: c => true",
                "Mon 4 March 2019 - a\\nTue 5 March 2019 - b\\nThu 7 March 2019 - c => true",
                "| 2019-03-04 | AM | a |\\n| 2019-03-04 | PM | b |\\n| 2019-03-05 | AM | c |\\n| 2019-03-06 | AM | d | => true",
                "Date: 04.03.19\\na\\nDate: 05.03.19\\nb\\nDate: 08.03.19\\nc => true",
                "4th March\\na\\n5th March\\nb\\n6th March\\nc => true",
                // a chronology's dates are weeks apart
                "04/03/2019 a\\n20/04/2019 b\\n02/07/2019 c\\n05/07/2019 d => false",
                // one day's entries, or only two days, are not a diary kept day by day
                "04/03/2019 09:00 a\\n04/03/2019 13:00 b\\n04/03/2019 18:00 c => false",
                "04/03/2019 a\\n05/03/2019 b => false",
                // dates inside sentences do not start entries
                "Seen on 04/03/2019.\\nSeen on 05/03/2019.\\nSeen on 06/03/2019. => false",
                // not a date
                "31/02/2019 a\\n32/03/2019 b\\n1/13/2019 c => false"
            })
    void findsEntriesKeptDayByDay(String text, boolean daily) {
        assertThat(DocumentLayout.of(text.replace("\\n", "\n")).contains(DocumentLayout.Shape.DAILY_ENTRIES))
                .isEqualTo(daily);
    }

    @Test
    void readsTheDateThatStartsALine() {
        assertThat(DocumentLayout.leadingDate("Entry date - 5 Mar 2019: settled"))
                .contains(LocalDate.of(2019, 3, 5));
        assertThat(DocumentLayout.leadingDate("• 05-03-2019 settled")).contains(LocalDate.of(2019, 3, 5));
        assertThat(DocumentLayout.leadingDate("Wednesday, 6 March 2019")).contains(LocalDate.of(2019, 3, 6));
        assertThat(DocumentLayout.leadingDate("Ref 2019/3/5")).isEmpty();
    }

    @Test
    void aPolicyCanNameOnlyShapesTheClassifierMeasures() {
        assertThat(new Signal(SignalKind.LAYOUT, "Daily entries", 0.5).phrase()).isEqualTo("Daily entries");
        assertThatThrownBy(() -> new Signal(SignalKind.LAYOUT, "looks like a letter", 0.5))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("daily entries")
                .hasMessageContaining("looks like a letter");
    }
}
