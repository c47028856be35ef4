package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DiskFullExceptionTest {

    @Test
    void aRealFullDeviceIsRecognisedThroughTheCausesItIsWrappedIn() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "/dev/full (a device that is always full) is not here");

        Throwable written = catchThrowable(() -> Files.write(full, new byte[1]));

        assertThat(written).isInstanceOf(IOException.class);
        assertThat(DiskFullException.causedBy(written)).isTrue();
        assertThat(DiskFullException.causedBy(
                        new IllegalStateException(new UncheckedIOException((IOException) written))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertThat(DiskFullException.causedBy(new IOException("Permission denied")))
                .isFalse();
        assertThat(DiskFullException.causedBy(new IllegalArgumentException("No space left on device")))
                .as("only an I/O failure says so")
                .isFalse();
        assertThat(DiskFullException.causedBy(null)).isFalse();
    }

    @Test
    void theApiAnswers503AsProblemJson() {
        var problem = new ApiProblems().diskFull(new DiskFullException("The case file was not attached", null));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).startsWith("The case file was not attached: the server has no room left");
    }
}
