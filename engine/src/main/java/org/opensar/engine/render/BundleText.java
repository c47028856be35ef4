package org.opensar.engine.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The records' own text on a run of bundle pages, as a reader copies it, in the order it is written: page furniture
 * (artifacts: the footer, a scan's image) and the codes printed on redaction boxes (marked as Span) are left out.
 * What a completeness check compares with what the officer approved.
 */
final class BundleText {

    private static final COSName SPAN = COSName.getPDFName(StandardStructureTypes.SPAN);

    private BundleText() {}

    /** The text of pages {@code first} to {@code last}, counted from 1. */
    static String of(PDDocument document, int first, int last) throws IOException {
        Stripper stripper = new Stripper();
        stripper.setSortByPosition(false);
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        StringWriter out = new StringWriter();
        stripper.writeText(document, out);
        return out.toString();
    }

    private static final class Stripper extends PDFTextStripper {

        /** For each open marked-content sequence: whether what it holds is left out. */
        private final Deque<Boolean> leftOut = new ArrayDeque<>();

        Stripper() {
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            leftOut.push(hiding() || COSName.ARTIFACT.equals(tag) || SPAN.equals(tag));
        }

        @Override
        public void endMarkedContentSequence() {
            if (!leftOut.isEmpty()) {
                leftOut.pop();
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!hiding()) {
                super.processTextPosition(text);
            }
        }

        private boolean hiding() {
            return !leftOut.isEmpty() && leftOut.peek();
        }
    }
}
