package org.opensar.engine.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Who wrote a document the council withheld as a third party's, and where the requester can ask for it instead. */
enum SourceBody {
    POLICE("(?i)police|constabulary|crime report", "came from the police: you can ask the police force that wrote %s"),
    PSYCHOLOGY(
            "(?i)psycholog",
            "%s: you can ask the psychologist or psychology service that wrote %s",
            "is a psychological report",
            "are psychological reports"),
    INDEPENDENT_SOCIAL_WORKER(
            "(?i)independent social work",
            "%s: you can ask the social worker or the agency that instructed them",
            "was written by an independent social worker",
            "were written by independent social workers"),
    NHS(
            "(?i)\\bNHS\\b|hospital|medical|surgery|health|CAMHS|\\bGP\\b|integrated care board|clinic",
            "came from the NHS or other health services: you can ask your GP practice, or the hospital or NHS trust"
                    + " that wrote %s"),
    SCHOOL(
            "(?i)school|academy|college|pupil",
            "%s of a school: you can ask the school, which keeps its own records",
            "is a record",
            "are the records"),
    OTHER("(?!)", "came from another organisation: you can ask the organisation that wrote %s");

    private final Pattern cue;
    private final String advice;
    private final String one;
    private final String many;

    /** {@code advice} with "%s" for "it" or "them". */
    SourceBody(String cue, String advice) {
        this(cue, advice, null, null);
    }

    /** {@code advice} with a first "%s" for {@code one} or {@code many}, and any second for "it" or "them". */
    SourceBody(String cue, String advice, String one, String many) {
        this.cue = Pattern.compile(cue);
        this.advice = advice;
        this.one = one;
        this.many = many;
    }

    /** "came from the police: you can ask the police force that wrote them": the words after "12 documents". */
    String advice(int documents) {
        String them = documents == 1 ? "it" : "them";
        if (one == null) {
            return String.format(advice, them);
        }
        return String.format(advice, documents == 1 ? one : many, them);
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
