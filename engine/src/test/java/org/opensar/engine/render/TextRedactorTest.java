package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;

class TextRedactorTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void replacesApprovedOffsetsAndEveryOtherOccurrenceAndKeepsTheRest() {
        String text = "Jane Doe rang. Later jane doe rang again. Jo said hello; Jo is here.";
        ApprovedRedaction jane = redaction(text, "Jane Doe", 0, RedactionReason.THIRD_PARTY_NAME);
        ApprovedRedaction jo = redaction(text, "Jo", text.indexOf("Jo said"), RedactionReason.THIRD_PARTY_NAME);
        TextRedactor redactor =
                new TextRedactor(RedactedTerms.of(List.of("Jane Doe", "Jo")), Map.of("Jane Doe", jane, "Jo", jo));

        String shown = show(redactor.segments(text, List.of(jane, jo)));

        assertThat(shown).isEqualTo("[TP] rang. Later [TP] rang again. [TP] said hello; Jo is here.");
    }

    @Test
    void offsetsThatNoLongerFitTheTextAreFoundByTheirText() {
        String text = "A new line first. Then Jane Doe rang.";
        ApprovedRedaction stale = new ApprovedRedaction(
                "Jane Doe", 0, 8, 1, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME, "officer", AT);
        TextRedactor redactor = new TextRedactor(RedactedTerms.of(List.of("Jane Doe")), Map.of("Jane Doe", stale));

        assertThat(show(redactor.segments(text, List.of(stale)))).isEqualTo("A new line first. Then [TP] rang.");
    }

    @Test
    void overlappingRedactionsBecomeOneBox() {
        String text = "Call Jane Doe on 07700 900123 now";
        ApprovedRedaction name = redaction(text, "Jane Doe on", text.indexOf("Jane"), RedactionReason.THIRD_PARTY_NAME);
        ApprovedRedaction phone =
                redaction(text, "on 07700 900123", text.indexOf("on 0"), RedactionReason.THIRD_PARTY_CONTACT_DETAILS);
        TextRedactor redactor = new TextRedactor(RedactedTerms.of(List.of()), Map.of());

        assertThat(show(redactor.segments(text, List.of(phone, name)))).isEqualTo("Call [TP] now");
    }

    private static ApprovedRedaction redaction(String text, String part, int at, RedactionReason reason) {
        assertThat(text.substring(at, at + part.length())).isEqualTo(part);
        return new ApprovedRedaction(part, at, at + part.length(), 1, PersonalDataType.PERSON, reason, "officer", AT);
    }

    private static String show(List<Segment> segments) {
        return segments.stream()
                .map(s -> s.isRedaction() ? "[" + RedactionCode.of(s.redaction().reason()) + "]" : s.text())
                .collect(Collectors.joining());
    }
}
