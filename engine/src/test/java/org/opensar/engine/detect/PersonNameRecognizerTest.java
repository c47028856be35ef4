package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameRecognizerTest {

    private final PersonNameRecognizer recognizer = new PersonNameRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Hope said she was fine.                          | Hope
            Her friend Hope came over.                        | Hope
            Will said he would come.                          | Will
            MARK SAID NO.                                     | MARK
            Tyler came round after school.                    | Tyler
            She went to the park with Jaxon Okonkwo.          | Jaxon Okonkwo
            Mr Brown from next door called.                   | Mr Brown
            Mrs. Young phoned.                                | Mrs. Young
            Her mum's new partner, Dean Whitlock, moved in.   | Dean Whitlock
            Rose Young was there.                             | Rose Young
            Tyler's mum was angry.                            | Tyler
            She stays with Przybylski at weekends.            | Przybylski
            Mia and Hope went to the shop.                    | Mia;Hope
            We hope things improve.                           | NONE
            She will call tomorrow.                           | NONE
            Will you call me?                                 | NONE
            Mum and Dad came to the review.                   | NONE
            Carers informed social work the next morning.     | NONE
            The Family Court met in May.                      | NONE
            Social Care visited on Monday.                    | NONE
            She gave him a red rose.                          | NONE
            The CAMHS worker called.                          | NONE
            Brown bread and young children.                   | NONE
            She moved to Leeds last year.                     | NONE
            They flew to New Zealand with Poland's team.      | NONE
            A Swiss bank and an Australian firm               | NONE
            the Westcombe Community Centre                    | NONE
            Hi Kyle, thanks                                   | Kyle
            Sig: illegible. Part-time post from Nov.          | NONE
            Jordan said he would come                         | Jordan
            Dawn French wrote it                              | Dawn French
            We met Ms van der Berg today.                     | Ms van der Berg
            Pieter van der Voet rang.                         | Pieter van der Voet
            a van der lorry                                   | NONE
            Israel and China signed; Palestinians met.        | NONE
            the Fed Cup and the Texas Open                    | NONE
            Tea on Sundays and Mondays.                       | NONE
            Don't worry, I'd said.                            | NONE
            -- J. R. R. Tolkien                               | Tolkien
            """)
    void findsNamesOfPeopleNobodyListed(String text, String expected) {
        List<String> names = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(Recognized.texts(recognizer, text)).containsExactlyElementsOf(names);
    }

    /** Layout cues; "¶" stands for a line break. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            A wise saying.¶\t\t-- Shakespeare                | Shakespeare
            A wise saying.¶-- by Shakespeare                  | Shakespeare
            A wise saying.¶  — Shakespeare                    | Shakespeare
            Hell is empty.¶\t\t-- Wm. Shakespeare             | Wm. Shakespeare
            Chas. Dickens wrote it.                           | Chas. Dickens
            Sir Lancelot rode on.                             | Sir Lancelot
            Prof. Whitmore wrote to us.                       | Prof. Whitmore
            Visits:¶- Leeds on Monday                         | NONE
            the play -- Shakespeare again                     | NONE
            Notes¶Hemingway:¶  "Yes."                         | Hemingway
            Summary:¶She was fine.                            | NONE
            Leeds: three visits                               | NONE
            VISIT RECORD (CL-1)¶Young person: Jo              | Jo
            Notes¶Will power is low                           | NONE
            Notes¶Hope said she was fine                      | Hope
            Thanks,¶Hope                                      | Hope
            Seen with¶Hope Young                              | Hope Young
            Albert Camus wrote it. Camus clearly erred.       | Albert Camus;Camus
            Camus clearly erred. Later Albert Camus wrote.    | Albert Camus;Camus
            Leeds in winter is grey. We left Leeds.           | NONE
            """)
    void layoutCuesMarkNames(String text, String expected) {
        List<String> names = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(Recognized.texts(recognizer, text.replace("¶", "\n"))).containsExactlyElementsOf(names);
    }

    @Test
    void dictionaryProperNounsAloneScoreLowBecauseMostArePlaces() {
        assertThat(recognizer.recognize(TokenizedText.of("She moved to Carthage last year.")))
                .singleElement()
                .satisfies(r -> assertThat(r.score()).isLessThan(0.5));
        assertThat(recognizer.recognize(TokenizedText.of("She moved to Leeds last year.")))
                .as("a place CLDR or iso-codes name is not proposed alone")
                .isEmpty();
        assertThat(recognizer.recognize(TokenizedText.of("Her friend Leeds said so.")))
                .singleElement()
                .satisfies(r -> assertThat(r.score()).isGreaterThanOrEqualTo(0.5));
    }
}
