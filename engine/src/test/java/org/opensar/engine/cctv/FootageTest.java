package org.opensar.engine.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootageTest {

    @TempDir
    static Path folder;

    static Path mp4;

    @BeforeAll
    static void encode() throws IOException {
        mp4 = Clips.twoScenes(folder);
    }

    @Test
    void readsWhatTheFootageIs() throws IOException {
        try (Footage footage = Clips.open(mp4)) {
            FootageInfo info = footage.info();

            assertThat(info.container()).isEqualTo(ContainerFormat.MP4);
            assertThat(info.width()).isEqualTo(Clips.WIDTH);
            assertThat(info.height()).isEqualTo(Clips.HEIGHT);
            assertThat(info.frames()).isEqualTo(150);
            assertThat(info.duration()).isEqualTo(Duration.ofSeconds(6));
            assertThat(info.frameRate()).isEqualTo(25.0);
        }
    }

    @Test
    void theTimelineHasTheStartEachIntervalAndTheSceneChange() throws IOException {
        List<Thumbnail> thumbnails = new ArrayList<>();
        try (Footage footage = Clips.open(mp4)) {
            int keyFrames = new TimelineSampler(TimelineSettings.DEFAULT.withInterval(Duration.ofSeconds(2)))
                    .sample(footage, thumbnails::add);

            assertThat(keyFrames).isEqualTo(6);
        }

        assertThat(thumbnails).extracting(Thumbnail::frame).containsExactly(0L, 50L, 75L, 100L);
        assertThat(thumbnails.get(0).reasons()).containsExactly(Thumbnail.Reason.START);
        assertThat(thumbnails.get(1).reasons()).containsExactly(Thumbnail.Reason.INTERVAL);
        assertThat(thumbnails.get(2).reasons()).containsExactly(Thumbnail.Reason.SCENE_CHANGE);
        assertThat(thumbnails.get(3).reasons()).containsExactly(Thumbnail.Reason.INTERVAL);
        assertThat(thumbnails.get(2).at()).isEqualTo(Duration.ofSeconds(3));
        BufferedImage small =
                ImageIO.read(new ByteArrayInputStream(thumbnails.get(0).jpeg()));
        assertThat(small.getWidth()).isEqualTo(TimelineSettings.DEFAULT.thumbnailWidth());
        assertThat(small.getHeight()).isEqualTo(TimelineSettings.DEFAULT.thumbnailWidth() * 9 / 16);
    }

    @Test
    void aFrameBetweenKeyFramesIsDecodedExactly() throws IOException {
        try (Footage footage = Clips.open(mp4)) {
            BufferedImage frame = footage.frame(88);

            assertThat(frame.getWidth()).isEqualTo(Clips.WIDTH);
            assertThat(SyntheticFootage.frameBar(frame)).isEqualTo(88 % 64);
        }
    }

    /** The clip remuxed into Matroska by mkvmerge (Debian's mkvtoolnix), as a control room's MKV export would be. */
    @Test
    void readsMatroska() throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/mkvmerge")),
                "mkvmerge is not installed (apt-get install mkvtoolnix): the MKV test needs it to make an MKV file");
        Path mkv = folder.resolve("clip.mkv");
        Process remux = new ProcessBuilder("mkvmerge", "-q", "-o", mkv.toString(), mp4.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(remux.waitFor()).isZero();
        List<Thumbnail> thumbnails = new ArrayList<>();
        try (Footage footage = Clips.open(mkv)) {
            assertThat(footage.info().container()).isEqualTo(ContainerFormat.MKV);
            assertThat(footage.info().width()).isEqualTo(Clips.WIDTH);
            new TimelineSampler(TimelineSettings.DEFAULT.withThreads(1)).sample(footage, thumbnails::add);
        }
        try (Footage footage = Clips.open(mkv)) {
            assertThat(SyntheticFootage.frameBar(footage.frame(88))).isEqualTo(88 % 64);
        }
        assertThat(thumbnails).extracting(Thumbnail::frame).contains(0L, 75L);
    }

    @Test
    void anAviExportIsRefusedWithWhatToAskFor() throws IOException {
        Path avi = folder.resolve("export.avi");
        Files.write(avi, "RIFF\0\0\0\0AVI LIST....".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> Clips.open(avi))
                .isInstanceOf(FootageException.class)
                .hasMessageContaining("export it as MP4 (H.264)");
    }

    @Test
    void somethingThatIsNotFootageIsRefused() throws IOException {
        Path text = folder.resolve("notes.mp4");
        Files.writeString(text, "These are not moving pictures at all.");

        assertThatThrownBy(() -> Clips.open(text))
                .isInstanceOf(FootageException.class)
                .hasMessageContaining("not footage OpenSAR can read");
    }

    @Test
    void aTruncatedFileIsRefusedNotDecodedHalfway() throws IOException {
        Path cut = folder.resolve("cut.mp4");
        byte[] whole = Files.readAllBytes(mp4);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertThatThrownBy(() -> {
                    try (Footage footage = Clips.open(cut)) {
                        new TimelineSampler(TimelineSettings.DEFAULT).sample(footage, t -> {});
                    }
                })
                .isInstanceOf(IOException.class);
    }
}
