package org.opensar.engine.policy;

import java.util.BitSet;
import java.util.List;

/** Which policy phrases were found in each region of a document, found in one pass per region. */
record DocumentMatches(
        BitSet letterhead,
        BitSet title,
        BitSet signature,
        BitSet addressee,
        BitSet fields,
        BitSet text,
        List<Field> metadata) {

    /** One metadata field ("type: Police report") and the phrases found in it. */
    record Field(String text, BitSet found) {}

    static DocumentMatches of(DocumentRegions regions, PhraseIndex index) {
        return new DocumentMatches(
                index.find(regions.letterhead()),
                index.find(regions.title()),
                index.find(regions.signature()),
                index.find(regions.addressee()),
                fieldLabels(regions, index),
                index.find(regions.text()),
                regions.metadata().stream()
                        .map(field -> new Field(field, index.find(field)))
                        .toList());
    }

    /** A field signal matches a label that starts with it: "Worker" is not found in "Assessing social worker". */
    private static BitSet fieldLabels(DocumentRegions regions, PhraseIndex index) {
        BitSet found = new BitSet();
        regions.fields().lines().forEach(label -> found.or(index.findAtStart(label)));
        return found;
    }

    BitSet region(SignalKind kind) {
        return switch (kind) {
            case LETTERHEAD -> letterhead;
            case TITLE -> title;
            case SIGNATURE -> signature;
            case ADDRESSEE -> addressee;
            case FIELD -> fields;
            case PHRASE, VOCABULARY -> text;
        };
    }
}
