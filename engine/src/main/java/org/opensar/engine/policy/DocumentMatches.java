package org.opensar.engine.policy;

import java.util.BitSet;
import java.util.List;

/** Which policy phrases were found in each region of a document, found in one pass per region. */
record DocumentMatches(BitSet letterhead, BitSet title, BitSet text, List<Field> metadata) {

    /** One metadata field ("type: Police report") and the phrases found in it. */
    record Field(String text, BitSet found) {}

    static DocumentMatches of(DocumentRegions regions, PhraseIndex index) {
        return new DocumentMatches(
                index.find(regions.letterhead()),
                index.find(regions.title()),
                index.find(regions.text()),
                regions.metadata().stream()
                        .map(field -> new Field(field, index.find(field)))
                        .toList());
    }
}
