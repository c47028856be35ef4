package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    private static final String NOTE = """
            Home visit 3 March 2015. Sam was at home with his aunt when I arrived.
            He showed me the model aeroplane he had built at the youth club.
            We talked about his wish to see his brother more often.""";

    @Test
    void theSameTextIsOneRowALineWithNothingMarked() {
        SideBySide view = SideBySide.of(NOTE, NOTE.replace('\n', ' '), 12);

        assertThat(view.rows()).hasSize(3).allMatch(SideBySide.Row::same);
        assertThat(view.rows().get(1).copy())
                .isEqualTo("He showed me the model aeroplane he had built at the youth club");
        assertThat(view.rows().get(1).kept()).isEqualTo(view.rows().get(1).copy());
        assertThat(view.differences()).isZero();
    }

    @Test
    void aPrintLineAboveIsOnlyInTheCopyAndReadAsCopyings() {
        SideBySide view = SideBySide.of("Printed 27/06/2016 by LCS user 3002\n" + NOTE, NOTE, 12);

        SideBySide.Row first = view.rows().get(0);
        assertThat(first.copy()).isEqualTo("Printed 27/06/2016 by LCS user 3002");
        assertThat(first.kept()).isEmpty();
        assertThat(first.copyHas()).isEqualTo(Difference.Kind.ADDED_BY_COPYING);
        assertThat(first.keptHas()).isNull();
        assertThat(view.rows().subList(1, view.rows().size())).allMatch(SideBySide.Row::same);
    }

    @Test
    void anOcrMisreadingIsShownOnBothSidesInItsPlace() {
        SideBySide view = SideBySide.of(NOTE.replace("showed", "sbowed"), NOTE, 12);

        List<SideBySide.Row> different =
                view.rows().stream().filter(r -> !r.same()).toList();
        assertThat(different).singleElement().satisfies(row -> {
            assertThat(row.copy()).isEqualTo("sbowed");
            assertThat(row.kept()).isEqualTo("showed");
            assertThat(row.misread()).isTrue();
            assertThat(row.keptHas()).isEqualTo(Difference.Kind.MISREADING);
        });
        assertThat(view.rows().get(0).copy()).startsWith("Home visit");
        assertThat(view.rows().get(view.rows().size() - 1).copy()).endsWith("more often");
    }

    @Test
    void wordsOnlyTheKeptDocumentHasAreSubstanceOnItsSide() {
        String more = NOTE + "\nHis aunt asked for help with the cost of school shoes and I gave her a number to ring.";

        SideBySide view = SideBySide.of(NOTE, more, 12);

        SideBySide.Row last = view.rows().get(view.rows().size() - 1);
        assertThat(last.copy()).isEmpty();
        assertThat(last.copyHas()).isNull();
        assertThat(last.kept()).startsWith("His aunt asked");
        assertThat(last.keptHas()).isEqualTo(Difference.Kind.SUBSTANCE);
    }

    @Test
    void anotherDateInPlaceOfOneIsSubstanceOnBothSides() {
        SideBySide view = SideBySide.of(NOTE, NOTE.replace("3 March", "4 March"), 12);

        assertThat(view.rows().stream().filter(r -> !r.same())).singleElement().satisfies(row -> {
            assertThat(row.copy()).isEqualTo("3");
            assertThat(row.kept()).isEqualTo("4");
            assertThat(row.copyHas()).isEqualTo(Difference.Kind.SUBSTANCE);
            assertThat(row.keptHas()).isEqualTo(Difference.Kind.SUBSTANCE);
        });
    }

    @Test
    void emptyTextsHaveNoRows() {
        assertThat(SideBySide.of("", "", 12).rows()).isEmpty();
        assertThat(SideBySide.of(NOTE, "", 12).rows())
                .singleElement()
                .satisfies(row -> assertThat(row.copyHas()).isEqualTo(Difference.Kind.SUBSTANCE));
    }
}
