package org.opensar.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The staff page's form for a request received by letter, email, phone or in person. Lists are typed one per
 * line; the form becomes a {@link NewRequest}, which carries the validation rules shared with the API.
 */
record RequestForm(
        RequestType type,
        Channel channel,
        LocalDate receivedOn,
        String requesterName,
        String requesterEmail,
        String requesterPhone,
        String requesterAddress,
        Boolean actingForSubject,
        String subjectName,
        LocalDate subjectDateOfBirth,
        String aliases,
        String councilIdentifiers,
        String informationWanted,
        String relevantDates,
        String searchTerms,
        Delivery delivery,
        LocalDateTime breachAwareAt,
        LocalDate footageRecordedOn) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    static RequestForm blank(LocalDate today) {
        return new RequestForm(
                RequestType.SAR,
                Channel.EMAIL,
                today,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Delivery.ELECTRONIC,
                null,
                null);
    }

    NewRequest toNewRequest() {
        Instant aware = breachAwareAt == null ? null : breachAwareAt.atZone(UK).toInstant();
        return new NewRequest(
                type,
                channel,
                receivedOn,
                blankToNull(requesterName),
                blankToNull(requesterEmail),
                blankToNull(requesterPhone),
                blankToNull(requesterAddress),
                Boolean.TRUE.equals(actingForSubject),
                blankToNull(subjectName),
                subjectDateOfBirth,
                lines(aliases),
                lines(councilIdentifiers),
                blankToNull(informationWanted),
                blankToNull(relevantDates),
                lines(searchTerms),
                delivery,
                aware,
                footageRecordedOn);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
