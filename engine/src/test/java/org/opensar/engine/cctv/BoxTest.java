package org.opensar.engine.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxTest {

    @ParameterizedTest(name = "{0},{1} {2}x{3} and {4},{5} {6}x{7}: iou {8}")
    @CsvSource({
        "0,0,10,10, 0,0,10,10, 1.0",
        "0,0,10,10, 5,0,10,10, 0.3333",
        "0,0,10,10, 10,0,10,10, 0.0",
        "0,0,10,10, 20,20,5,5, 0.0",
        "0,0,10,10, 2,2,4,4, 0.16",
    })
    void intersectionOverUnion(int x1, int y1, int w1, int h1, int x2, int y2, int w2, int h2, double iou) {
        assertThat(new Box(x1, y1, w1, h1).iou(new Box(x2, y2, w2, h2)))
                .isCloseTo(iou, org.assertj.core.data.Offset.offset(0.001));
    }

    @ParameterizedTest
    @CsvSource({"-5,-5,20,20, 0,0,15,15", "90,90,20,20, 90,90,10,10", "10,10,5,5, 10,10,5,5"})
    void isCutToTheStill(int x, int y, int w, int h, int cx, int cy, int cw, int ch) {
        assertThat(new Box(x, y, w, h).within(100, 100)).isEqualTo(new Box(cx, cy, cw, ch));
    }

    @ParameterizedTest
    @CsvSource({"0,0,0,10", "0,0,10,-1"})
    void hasASize(int x, int y, int w, int h) {
        assertThatThrownBy(() -> new Box(x, y, w, h)).hasMessageContaining("needs a width and a height");
    }

    @ParameterizedTest
    @CsvSource({"200,200,10,10", "-20,0,10,10"})
    void aBoxOutsideTheStillIsRefused(int x, int y, int w, int h) {
        assertThatThrownBy(() -> new Box(x, y, w, h).within(100, 100)).hasMessageContaining("lies outside");
    }
}
