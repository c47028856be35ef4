package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} ~ {1} within {2}: {3}")
    @CsvSource({
        "donna, donna, 0, true",
        "donma, donna, 1, true",
        "dona, donna, 1, true",
        "dnona, donna, 1, true",
        "kayleigth, kayleigh, 1, true",
        "morris, harris, 1, false",
        "morris, harris, 2, true",
        "morrison, morris, 1, false",
        "abc, xyz, 2, false"
    })
    void boundsTheEditDistance(String a, String b, int limit, boolean within) {
        assertThat(EditDistance.within(a, b, limit)).isEqualTo(within);
    }
}
