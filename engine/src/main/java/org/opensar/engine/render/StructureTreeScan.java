package org.opensar.engine.render;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads every string in a PDF's structure tree, however deep: the alternate descriptions, actual texts, expansions
 * and titles a screen reader speaks. The verifier's scan of objects stops at a depth, and a structure tree nests
 * deeper than that when its elements are written in place.
 */
final class StructureTreeScan {

    private final RedactedTerms terms;
    private final List<String> findings;

    StructureTreeScan(RedactedTerms terms, List<String> findings) {
        this.terms = terms;
        this.findings = findings;
    }

    void scan(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            return;
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject object) {
                base = object.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSString string) {
                BundleVerifier.check(string.getString(), "the structure tree", terms, findings);
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            } else if (base instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    // up to the parent, across to pages and content: not part of the tree below this element
                    if (!key.equals(COSName.P) && !key.equals(COSName.PG) && !key.equals(COSName.OBJ)) {
                        todo.push(dictionary.getItem(key));
                    }
                }
            }
        }
    }
}
