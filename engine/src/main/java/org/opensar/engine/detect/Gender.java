package org.opensar.engine.detect;

import java.util.Set;

/** What a title or relationship says of a person's sex, for telling "Ms Pryce" the mother from Marek Pryce. */
public enum Gender {
    FEMALE,
    MALE,
    UNKNOWN;

    private static final Set<String> FEMALE_WORDS = WordList.load("female.txt");
    private static final Set<String> MALE_WORDS = WordList.load("male.txt");

    /** The gender a title ("Ms") or relationship ("maternal grandmother") says, or UNKNOWN. */
    public static Gender of(String titleOrRelationship) {
        if (titleOrRelationship == null) {
            return UNKNOWN;
        }
        String folded = String.join(" ", FoldedWords.words(titleOrRelationship.replace(".", "")));
        return FEMALE_WORDS.contains(folded) ? FEMALE : MALE_WORDS.contains(folded) ? MALE : UNKNOWN;
    }

    /** Whether a person of this gender can be the one another word says ("Ms" fits UNKNOWN and FEMALE). */
    public boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
