package org.opensar.engine.detect;

import java.util.Set;

/**
 * Small hand-written word sets that steer the name recognizers (titles, relationship words, cues, words that are
 * never names), each a resource file beside this class, read once.
 */
final class Vocabulary {

    /** Written before a name: "Mrs Park", "Dr. Shah", "PC Wang". */
    static final Set<String> TITLES = WordList.load("titles.txt");

    /** Relationship words stay in the disclosure ("Mum", "her brother"): they are not names. */
    static final Set<String> RELATIONSHIP_WORDS = WordList.load("relationship-words.txt");

    /** Words just after a name that say a person is meant: "Hope said", "Will was". */
    static final Set<String> PERSON_VERBS_AFTER = WordList.load("person-verbs-after.txt");

    /** Words just before a name that say a person is meant: "her friend Hope", "called Will". */
    static final Set<String> PERSON_CUES_BEFORE = WordList.load("person-cues-before.txt");

    /** Capitalised words in council records that look like names but never are (places come from CLDR). */
    static final Set<String> NOT_NAMES = WordList.load("not-names.txt");

    /** Words that open a sentence before a name ("Yesterday Tyler came"): never part of the name. */
    static final Set<String> FUNCTION_WORDS = WordList.load("function-words.txt");

    /** Names that are also months: a person only with a cue ("April said"), never alone ("in May"). */
    static final Set<String> CUE_REQUIRED = WordList.load("cue-required.txt");

    private Vocabulary() {}
}
