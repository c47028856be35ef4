package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void printsAtMostOnceASecondWithRateAndEta() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get, 10);

        for (int i = 0; i < 4; i++) {
            now.addAndGet(400_000_000L);
            progress.documentDone(2);
        }

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).contains("3/10 documents, 6 pages, 5.0 pages/s, ETA 0:03");
    }
}
