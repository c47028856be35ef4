package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleIndexTest {

    private static DocumentFingerprint holding(int... shingles) {
        return new DocumentFingerprint("doc", 0, shingles, null);
    }

    @Test
    void countsAndListsTheHoldersOfEachShingleNegativeAndExtremeHashesIncluded() {
        ShingleIndex index = ShingleIndex.of(List.of(
                holding(Integer.MIN_VALUE, -5, 7, Integer.MAX_VALUE),
                holding(-5, 7),
                holding(7, 9),
                holding(Integer.MAX_VALUE)));

        assertThat(index.holders(7)).isEqualTo(3);
        assertThat(index.holders(-5)).isEqualTo(2);
        assertThat(index.holders(Integer.MIN_VALUE)).isEqualTo(1);
        assertThat(index.holders(Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(index.holders(8)).isZero();
        List<Integer> holders = new ArrayList<>();
        index.forEachHolder(7, holders::add);
        assertThat(holders).containsExactly(0, 1, 2);
    }
}
