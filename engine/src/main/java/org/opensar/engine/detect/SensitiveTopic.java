package org.opensar.engine.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What makes a sentence about a third party sensitive (UK GDPR special categories and criminal offence data). */
enum SensitiveTopic {
    HEALTH(
            "health",
            List.of(
                    "cancer",
                    "diabetes",
                    "diabetic",
                    "epilepsy",
                    "epileptic",
                    "hiv",
                    "pregnant",
                    "pregnancy",
                    "miscarriage",
                    "illness",
                    "disability",
                    "disabled",
                    "chemotherapy",
                    "stroke",
                    "dementia",
                    "terminal",
                    "terminally",
                    "diagnosis",
                    "diagnosed",
                    "medication",
                    "prescribed",
                    "termination",
                    "abortion",
                    "hospitalised",
                    "surgery",
                    "operation")),
    MENTAL_HEALTH(
            "mental health",
            List.of(
                    "depression",
                    "depressed",
                    "anxiety",
                    "bipolar",
                    "schizophrenia",
                    "schizophrenic",
                    "psychosis",
                    "psychotic",
                    "psychiatric",
                    "psychiatrist",
                    "sectioned",
                    "overdose",
                    "overdosed",
                    "suicidal",
                    "suicide",
                    "self-harm",
                    "self-harming",
                    "self-harmed",
                    "breakdown",
                    "ptsd",
                    "mental")),
    SUBSTANCE_USE(
            "substance use",
            List.of(
                    "drinking",
                    "drunk",
                    "alcohol",
                    "alcoholic",
                    "alcoholism",
                    "drugs",
                    "drug",
                    "cannabis",
                    "heroin",
                    "cocaine",
                    "crack",
                    "methadone",
                    "addiction",
                    "addicted",
                    "intoxicated",
                    "rehab",
                    "relapse",
                    "relapsed",
                    "substance",
                    "substances")),
    OFFENDING(
            "offending",
            List.of(
                    "arrested",
                    "arrest",
                    "charged",
                    "conviction",
                    "convictions",
                    "convicted",
                    "prison",
                    "jail",
                    "custody",
                    "sentenced",
                    "offence",
                    "offences",
                    "offending",
                    "offender",
                    "probation",
                    "cautioned",
                    "bail",
                    "stealing",
                    "stole",
                    "theft",
                    "burglary",
                    "shoplifting",
                    "assault",
                    "assaulted")),
    DOMESTIC_ABUSE(
            "domestic abuse",
            List.of(
                    "domestic",
                    "abuse",
                    "abused",
                    "abusive",
                    "violence",
                    "violent",
                    "hitting",
                    "beat",
                    "beaten",
                    "punched",
                    "strangled",
                    "controlling",
                    "coercive",
                    "injunction",
                    "refuge",
                    "marac"));

    private static final Map<String, SensitiveTopic> BY_WORD = new HashMap<>();

    static {
        for (SensitiveTopic topic : values()) {
            topic.words.forEach(word -> BY_WORD.put(word, topic));
        }
    }

    private final String plainName;
    private final List<String> words;

    SensitiveTopic(String plainName, List<String> words) {
        this.plainName = plainName;
        this.words = words;
    }

    String plainName() {
        return plainName;
    }

    /** The topic a folded word belongs to, if any. */
    static Optional<SensitiveTopic> of(String folded) {
        return Optional.ofNullable(BY_WORD.get(folded));
    }
}
