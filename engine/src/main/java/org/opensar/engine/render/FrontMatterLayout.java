package org.opensar.engine.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/** The front matter's lists and tables, laid out in columns with the typesetter and tagged as such. */
final class FrontMatterLayout {

    /** The longest date an index shows, for the width of its date column. */
    private static final String LONGEST_DATE = "30 September 2028";

    private final Typesetter t;

    FrontMatterLayout(Typesetter t) {
        this.t = t;
    }

    /** A list item: a bullet, and its text indented under it. Call within {@code open("L")}. */
    void item(String text) throws IOException {
        PDStructureElement item = t.child(StandardStructureTypes.LI);
        t.text("•", false, StructureTree.element(item, StandardStructureTypes.LBL));
        t.column(12);
        t.text(text, false, StructureTree.element(item, StandardStructureTypes.L_BODY));
        t.endRow(Typesetter.BODY * 0.5f);
    }

    /** A table row of a header cell (in bold) and a data cell beside it. Call within {@code open("Table")}. */
    void row(String header, String text) throws IOException {
        PDStructureElement row = t.child(StandardStructureTypes.TR);
        t.text(header, true, StructureTree.header(row, false));
        t.column(36);
        t.text(text, false, StructureTree.element(row, StandardStructureTypes.TD));
        t.endRow(Typesetter.BODY * 0.3f);
    }

    /** An index's header row, laid out as {@link #entry}. Call within {@code open("Table")}. */
    void headerRow(String date, String title, String rightText) throws IOException {
        PDStructureElement row = t.child(StandardStructureTypes.TR);
        t.text(date, true, StructureTree.header(row, true));
        t.column(dateColumn());
        t.text(title, true, StructureTree.header(row, true));
        t.atRight(rightText, true, StructureTree.header(row, true));
        t.endRow(0);
    }

    /**
     * A row of an index: a date, a title cut to the room there is, and a page number at the right margin. Call within
     * {@code open("Table")}.
     */
    void entry(String date, String title, String rightText) throws IOException {
        PDStructureElement row = t.child(StandardStructureTypes.TR);
        t.text(date, false, StructureTree.element(row, StandardStructureTypes.TD));
        t.column(dateColumn());
        String shown = t.fit(title, t.room(t.width(rightText, false) + 12));
        t.text(shown, false, StructureTree.element(row, StandardStructureTypes.TD));
        t.atRight(rightText, false, StructureTree.element(row, StandardStructureTypes.TD));
        t.endRow(0);
    }

    private float dateColumn() throws IOException {
        return t.width(LONGEST_DATE, true) + 10;
    }
}
