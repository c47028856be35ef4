package org.opensar.engine.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * The bundle's logical structure (tagged PDF): a Document element, the elements the typesetter opens under it, and
 * for every page the marked-content ids it used and the element each belongs to (the ParentTree), so a screen
 * reader reads the bundle in order and knows its headings, lists and tables. It holds no text: a redaction's
 * element carries only its code and meaning.
 */
final class StructureTree {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** For each page that has marked content, by its StructParents key: the element of each MCID. */
    private final List<COSArray> parents = new ArrayList<>();

    private COSDictionary page;
    private COSArray pageParents;

    StructureTree() {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} ("P", "H1", "Table"...) as the last child of {@code parent}. */
    static PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A table header cell for its column ({@code column}) or for its row: a screen reader says it with each cell. */
    static PDStructureElement header(PDStructureNode row, boolean column) {
        PDStructureElement cell = element(row, "TH");
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(column ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
        cell.addAttribute(scope);
        return cell;
    }

    /** A redaction box: its code and what it stands for, never what it covers. */
    static PDStructureElement redaction(PDStructureNode parent, RedactionCode code) {
        PDStructureElement span = element(parent, "Span");
        span.setAlternateDescription(code.spoken());
        span.setActualText(code.spoken());
        return span;
    }

    /** The next marked-content id on {@code on}, recorded as content of {@code element}. */
    int mark(PDPage on, PDStructureElement element) {
        if (on.getCOSObject() != page) {
            page = on.getCOSObject();
            pageParents = new COSArray();
            on.setStructParents(parents.size());
            parents.add(pageParents);
        }
        int mcid = pageParents.size();
        pageParents.add(element);
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == null) {
            element.setPage(on);
        }
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == page) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(on);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        return mcid;
    }

    /** Declares the document tagged, in {@code language}, with its title shown in the viewer's title bar. */
    void attach(PDDocument pdf, String language) {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        COSArray numbers = new COSArray();
        for (int key = 0; key < parents.size(); key++) {
            numbers.add(COSInteger.get(key));
            numbers.add(parents.get(key));
        }
        parentTree.getCOSObject().setItem(COSName.NUMS, numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(parents.size());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
    }
}
