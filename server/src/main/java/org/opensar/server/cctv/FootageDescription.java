package org.opensar.server.cctv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.server.casework.InformationRequest;

/**
 * What the requester said about the footage, for the preservation request: the camera or place, the time window, and
 * how to recognise them. The public CCTV form records these as lines of the request ("Footage of me on 2026-03-14
 * at about 2:30pm.", "Where: ...", "How to recognise me: ..."); a request staff typed in has them in its own words,
 * which go to the control room as they are, for the officer to correct if need be.
 */
record FootageDescription(String camera, String timeWindow, String description) {

    private static final Pattern WHEN = Pattern.compile("Footage of me on \\S+ at (.+?)\\.?$", Pattern.MULTILINE);
    private static final Pattern WHERE = Pattern.compile("^Where: (.+)$", Pattern.MULTILINE);
    private static final Pattern LOOKS =
            Pattern.compile("^How to recognise me: (.+)$", Pattern.MULTILINE | Pattern.DOTALL);
    private static final String NOT_GIVEN = "not given: see the description";

    static FootageDescription of(InformationRequest request) {
        String wanted = request.informationWanted() == null ? "" : request.informationWanted();
        String when = first(WHEN, wanted);
        String where = first(WHERE, wanted);
        String looks = first(LOOKS, wanted);
        if (when == null
                && request.relevantDates() != null
                && !request.relevantDates().isBlank()) {
            when = request.relevantDates().strip();
        }
        return new FootageDescription(
                where == null ? NOT_GIVEN : where,
                when == null ? NOT_GIVEN : when,
                looks == null ? wanted.strip() : looks);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
