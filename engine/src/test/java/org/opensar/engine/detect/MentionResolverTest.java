package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/**
 * Who a surname or first name that two people share is: a mother the requester named (whose name stays) and a
 * brother they did not (whose name goes), both Pryce; two Wangs, a police officer and a friend.
 */
class MentionResolverTest {

    private static final CaseDescription CASE = new CaseDescription(
            "SAR-TEST-2",
            new DataSubject("Lena Novak", List.of(), null),
            List.of(
                    new Person("Donna Pryce", List.of(), "mother", PersonCategory.FAMILY),
                    new Person("Marek Pryce", List.of(), "brother", PersonCategory.FAMILY),
                    new Person(
                            "Jia Hui Wang", List.of("PC Wang"), "police officer", PersonCategory.EXTERNAL_PROFESSIONAL),
                    new Person("Xiu Ying Wang", List.of(), "friend", PersonCategory.OTHER),
                    new Person("Bo Wang", List.of(), "neighbour", PersonCategory.OTHER)),
            List.of("Donna Pryce"));

    private final PersonalDataDetector detector = PersonalDataDetector.forCase(CASE);

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Lena went home with Mum (Ms Pryce).                         | Ms Pryce | KEEP KNOWN_TO_REQUESTER
            Ms Pryce (Mum) collected Lena.                              | Ms Pryce | KEEP KNOWN_TO_REQUESTER
            Ms Pryce, her mother, rang.                                 | Ms Pryce | KEEP KNOWN_TO_REQUESTER
            Lena's brother Pryce was not there.                         | Pryce    | REDACT THIRD_PARTY_NAME
            Ms Pryce rang the office.                                   | Ms Pryce | KEEP KNOWN_TO_REQUESTER
            Mr Pryce rang the office.                                   | Mr Pryce | REDACT THIRD_PARTY_NAME
            Pryce rang the office.                                      | Pryce    | REDACT THIRD_PARTY_NAME
            Marek Pryce came first. Later Pryce left.                   | Pryce    | REDACT THIRD_PARTY_NAME
            Donna Pryce came first. Later Pryce left.                   | Pryce    | REDACT THIRD_PARTY_NAME
            Marek Pryce left. Donna Pryce stayed. Then Pryce said no.   | Pryce    | REDACT THIRD_PARTY_NAME
            Donna Pryce stayed. Marek Pryce left. Then Pryce said no.   | Pryce    | REDACT THIRD_PARTY_NAME
            Xiu Ying Wang and Bo Wang left. Later Wang rang.            | Wang     | REDACT THIRD_PARTY_NAME
            PC Wang attended.                                           | PC Wang  | KEEP PROFESSIONAL_IN_ROLE
            Wang attended with her friend.                              | Wang     | REDACT THIRD_PARTY_NAME
            Lena and her friend Xiu Ying Wang went out. Wang paid.      | Wang     | REDACT THIRD_PARTY_NAME
            Jia Hui Wang attended. Wang took a statement.               | Wang     | REDACT THIRD_PARTY_NAME
            """)
    void resolvesASharedNameWithTheCuesAround(String text, String mention, String expected) {
        int start = text.lastIndexOf(mention);
        TextSpan span = new TextSpan(start, start + mention.length());
        DetectionResult result = detector.analyse(text);
        String outcome = result.redactions().stream()
                .filter(r -> r.span().equals(span))
                .map(r -> "REDACT " + r.reason())
                .findFirst()
                .orElseGet(() -> result.kept().stream()
                        .filter(k -> k.span().equals(span))
                        .map(k -> "KEEP " + k.reason())
                        .findFirst()
                        .orElse("UNTOUCHED"));
        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void explainsTheCueOrTheOtherReading() {
        assertThat(detector.analyse("Lena went home with Mum (Ms Pryce).").kept())
                .anySatisfy(k -> assertThat(k.explanation().detail()).contains("Donna Pryce", "'mum' next to it"));
        assertThat(detector.detect("Pryce rang the office."))
                .singleElement()
                .satisfies(r -> assertThat(r.explanation().detail())
                        .contains("Marek Pryce", "could also be Donna Pryce", "the reading that redacts"));
    }
}
