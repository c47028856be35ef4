package org.opensar.engine.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Who wrote a document the council withheld as a third party's, and where the requester can ask for it instead. */
enum SourceBody {
    POLICE(
            "(?i)police|constabulary|crime report",
            "came from the police: you can ask the police force that wrote them"),
    PSYCHOLOGY(
            "(?i)psycholog",
            "are psychological reports: you can ask the psychologist or psychology service that wrote them"),
    INDEPENDENT_SOCIAL_WORKER(
            "(?i)independent social work",
            "were written by independent social workers: you can ask the social worker or the agency that instructed"
                    + " them"),
    NHS(
            "(?i)\\bNHS\\b|hospital|medical|surgery|health|CAMHS|\\bGP\\b|integrated care board|clinic",
            "came from the NHS or other health services: you can ask your GP practice, or the hospital or NHS trust"
                    + " that wrote them"),
    SCHOOL(
            "(?i)school|academy|college|pupil",
            "are the records of a school: you can ask the school, which keeps its own records"),
    OTHER("(?!)", "came from another organisation: you can ask the organisation that wrote them");

    private final Pattern cue;
    private final String advice;

    SourceBody(String cue, String advice) {
        this.cue = Pattern.compile(cue);
        this.advice = advice;
    }

    /** "12 documents came from the NHS...": the sentence after the count. */
    String advice() {
        return advice;
    }

    /** The body a document came from, judged from its source, title and the evidence for withholding it. */
    static SourceBody of(String clues) {
        String text = clues.toLowerCase(Locale.ROOT);
        for (SourceBody body : values()) {
            if (body.cue.matcher(text).find()) {
                return body;
            }
        }
        return OTHER;
    }
}
