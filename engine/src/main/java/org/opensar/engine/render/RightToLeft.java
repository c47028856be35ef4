package org.opensar.engine.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic and Hebrew in a left-to-right bundle (ICU4J): a line is shaped (Arabic letters joined, as presentation
 * forms the font has) and put in the order it is seen, so that drawn left to right it reads right to left; a PDF
 * reader, or a screen reader, gets the letters back in the order they were written.
 */
final class RightToLeft {

    private RightToLeft() {}

    /** True when the text holds a right-to-left letter (Hebrew, Arabic and the scripts written in its letters). */
    static boolean in(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** How wide a text is set, in points. */
    @FunctionalInterface
    interface Width {
        float of(String text) throws IOException;
    }

    /**
     * The text cut into lines in the order it is written, the first {@code first} points wide and the rest
     * {@code room}, each then shaped and put in the order it is seen: a line that wraps still reads from its start.
     */
    static List<String> lines(String logical, float first, float room, Width width) throws IOException {
        List<String> lines = new ArrayList<>();
        float available = first;
        String line = "";
        for (String word : logical.split(" ", -1)) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isBlank() && width.of(shaped(longer)) > available) {
                lines.add(visual(line));
                line = word;
                available = room;
            } else {
                line = longer;
            }
        }
        lines.add(visual(line));
        return lines;
    }

    /** One line's text, shaped and in the order it is seen, in a paragraph that runs left to right. */
    static String visual(String line) {
        return new Bidi(shaped(line), Bidi.LTR).writeReordered(Bidi.DO_MIRRORING);
    }

    /** The text with its Arabic letters in the forms they take joined to their neighbours, in writing order. */
    static String shaped(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }
}
