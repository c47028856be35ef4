package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseIndexTest {

    private static final PhraseIndex INDEX = new PhraseIndex(List.of("in the Family Court at", "NHS", "love, Mum"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IN THE FAMILY COURT AT COVENTRY | 0",
                "in the   Family   Court, at | 0",
                "in the Family Courtyard at | -1",
                "Sandwell NHS Trust | 1",
                "NHSX digital | -1",
                "all my love Mum | 2",
                "love, Mummy | -1"
            })
    void matchesWholeWordsInAnyCaseAndSpacing(String text, int expected) {
        assertThat(INDEX.find(text).nextSetBit(0)).isEqualTo(expected);
        assertThat(INDEX.find(text.replace(' ', '\n')).nextSetBit(0)).isEqualTo(expected);
    }
}
