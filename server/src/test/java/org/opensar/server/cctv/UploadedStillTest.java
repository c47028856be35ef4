package org.opensar.server.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A still uploaded as a picture is known by its bytes, and anything else is refused with why. */
class UploadedStillTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void readsAPngAndAJpegByTheirBytesWhateverTheirNames() throws IOException {
        UploadedStill png = UploadedStill.read("C:\\exports\\cam 3.jpg", in(encoded("png")), LIMIT);
        assertThat(png.format()).isEqualTo(UploadedStill.Format.PNG);
        assertThat(png.fileName()).isEqualTo("cam 3.jpg");
        assertThat(png.picture().getWidth()).isEqualTo(320);
        assertThat(png.picture().getRGB(5, 5)).isEqualTo(Color.BLUE.getRGB());
        assertThat(png.sha256()).hasSize(64);

        UploadedStill jpeg = UploadedStill.read("export/still.png", in(encoded("jpg")), LIMIT);
        assertThat(jpeg.format()).isEqualTo(UploadedStill.Format.JPEG);
        assertThat(jpeg.fileName()).isEqualTo("still.png");
        assertThat(jpeg.picture().getHeight()).isEqualTo(180);
    }

    @Test
    void refusesWhatIsNotAJpegOrPngThoughItIsNamedOne() throws IOException {
        assertThatThrownBy(() ->
                        UploadedStill.read("letter.png", in("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), LIMIT))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("letter.png is not a JPEG or PNG picture")
                .hasMessageContaining("Nothing was uploaded");
        assertThatThrownBy(() -> UploadedStill.read("still.gif", in(encoded("gif")), LIMIT))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("not a JPEG or PNG");
        assertThatThrownBy(() -> UploadedStill.read("empty.png", in(new byte[0]), LIMIT))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("empty.png is empty");
    }

    @Test
    void refusesAPictureCutShort() throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            byte[] whole = encoded(format);
            byte[] cut = Arrays.copyOf(whole, whole.length / 2);
            assertThatThrownBy(() -> UploadedStill.read("cut." + format, in(cut), LIMIT))
                    .as(format)
                    .isInstanceOf(CctvRefusedException.class)
                    .hasMessageContaining("damaged or cut short");
        }
    }

    @Test
    void refusesAStillLargerThanTheLimit() throws IOException {
        byte[] png = encoded("png");
        assertThatThrownBy(() -> UploadedStill.read("big.png", in(png), png.length - 1))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("big.png is larger than");
        assertThat(UploadedStill.read("fits.png", in(png), png.length).sizeBytes())
                .isEqualTo(png.length);
    }

    private static byte[] encoded(String format) throws IOException {
        BufferedImage picture = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 160, 180);
        g.setColor(Color.ORANGE);
        g.fillRect(160, 0, 160, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, format, out)).isTrue();
        return out.toByteArray();
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
