package org.opensar.engine.policy;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.PersonCategory;

/**
 * Which policy phrases were found in each region of a document, found in one pass per region. Street addresses are
 * blanked first ({@link StreetAddresses}), and the letterhead and title are read line by line, so a phrase never
 * runs from one heading line or part into the next ("Change of placement" then "Record update" is no "placement
 * record"). The layout holds the names of the shapes the document takes ({@link DocumentLayout}).
 */
record DocumentMatches(
        BitSet letterhead,
        BitSet title,
        BitSet signature,
        BitSet addressee,
        BitSet fields,
        BitSet text,
        BitSet layout,
        List<Field> metadata,
        List<Author> authors) {

    /** One metadata field ("type: Police report") and the phrases found in it. */
    record Field(String text, BitSet found) {}

    /** An author from the case's people list, their category and the phrases found in their relationship. */
    record Author(String description, PersonCategory category, BitSet found, boolean fromMetadata) {}

    static DocumentMatches of(DocumentRegions regions, PhraseIndex index, List<CaseAuthors.Author> authors) {
        return new DocumentMatches(
                byLine(regions.letterhead(), index),
                byLine(regions.title(), index),
                index.find(StreetAddresses.blank(regions.signature())),
                index.find(StreetAddresses.blank(regions.addressee())),
                fieldLabels(regions, index),
                index.find(StreetAddresses.blank(regions.text())),
                index.find(regions.layout().stream()
                        .map(DocumentLayout.Shape::phrase)
                        .collect(Collectors.joining("\n"))),
                regions.metadata().stream()
                        .map(field -> new Field(field, index.find(field)))
                        .toList(),
                authors.stream()
                        .map(a -> new Author(
                                a.description(),
                                a.person().category(),
                                index.find(
                                        a.person().relationship() == null
                                                ? ""
                                                : a.person().relationship()),
                                a.fromMetadata()))
                        .toList());
    }

    private static BitSet byLine(String region, PhraseIndex index) {
        BitSet found = new BitSet();
        StreetAddresses.blank(region).lines().forEach(line -> found.or(index.find(line)));
        return found;
    }

    /** A field signal matches a label that starts with it: "Worker" is not found in "Assessing social worker". */
    private static BitSet fieldLabels(DocumentRegions regions, PhraseIndex index) {
        BitSet found = new BitSet();
        regions.fields().lines().forEach(label -> found.or(index.findAtStart(label)));
        return found;
    }

    /** The phrases found in the text of {@code kind}'s region; an author's are looked up per author. */
    BitSet region(SignalKind kind) {
        return switch (kind) {
            case LETTERHEAD -> letterhead;
            case TITLE -> title;
            case SIGNATURE -> signature;
            case ADDRESSEE -> addressee;
            case FIELD -> fields;
            case PHRASE, VOCABULARY -> text;
            case LAYOUT -> layout;
            case AUTHOR -> new BitSet();
        };
    }
}
