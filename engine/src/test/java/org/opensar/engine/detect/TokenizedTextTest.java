package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizedTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Zoë, zoe", "ZOË, zoe", "O’Brien, o'brien", "Smith-Jones, smith-jones", "Renée, renee", "Will, will"})
    void foldsCaseAccentsAndApostrophes(String word, String folded) {
        assertThat(TokenizedText.fold(word)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "before {0} -> word {1}")
    @CsvSource({"0, -1", "2, -1", "3, 0", "6, 0", "7, 1", "11, 2", "12, 2", "19, 3"})
    void findsTheLastWordEndingBeforeAnOffset(int offset, int word) {
        assertThat(TokenizedText.of("Sam met Zoë (today)").lastWordBefore(offset))
                .isEqualTo(word);
    }

    @Test
    void splitsPossessivesOffButKeepsInnerApostrophes() {
        TokenizedText text = TokenizedText.of("Donna's friend O'Brien’s car");

        assertThat(text.word(0)).isEqualTo("Donna");
        assertThat(text.possessive(0)).isTrue();
        assertThat(text.word(2)).isEqualTo("O'Brien");
        assertThat(text.possessive(2)).isTrue();
        assertThat(text.possessive(1)).isFalse();
    }

    @Test
    void joinsAWordHyphenatedAcrossALineBreak() {
        TokenizedText text = TokenizedText.of("met Kay-\nleigh and Donna-\r\nMorris-\n\nthen");

        assertThat(text.word(1)).isEqualTo("Kay-\nleigh");
        assertThat(text.folded(1)).isEqualTo("kayleigh");
        assertThat(text.folded(3)).isEqualTo("donnamorris");
        assertThat(text.word(4)).isEqualTo("then");
    }

    @Test
    void knowsSentenceStartsAndLineBreaks() {
        TokenizedText text = TokenizedText.of("Hope came. Will went to\nMark's house.\n\nRose left");

        assertThat(text.sentenceStart(0)).isTrue();
        assertThat(text.sentenceStart(2)).isTrue();
        assertThat(text.sentenceStart(5)).isFalse();
        assertThat(text.adjacentToNext(4)).isTrue();
        assertThat(text.adjacentToNext(5)).isFalse();
        assertThat(text.sentenceStart(7)).isTrue();
    }
}
