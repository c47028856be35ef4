package org.opensar.engine.cctv;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Demuxer;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.SeekableDemuxerTrack;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mkv.demuxer.MKVDemuxer;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.scale.AWTUtil;

/**
 * A piece of H.264 footage read with jcodec (pure Java, BSD) from a channel, so it may be an encrypted file decrypted
 * a block at a time: nothing holds the whole file. Frames come out one at a time, in the order they are stored.
 */
public final class Footage implements AutoCloseable {

    /** One stored frame, still encoded: its number from 0, when it is shown, whether it decodes on its own. */
    public record EncodedFrame(long number, Duration at, boolean keyFrame, ByteBuffer data) {}

    private final Demuxer demuxer;
    private final DemuxerTrack track;
    private final FootageInfo info;
    private final ByteBuffer codecPrivate;

    private Footage(Demuxer demuxer, DemuxerTrack track, FootageInfo info, ByteBuffer codecPrivate) {
        this.demuxer = demuxer;
        this.track = track;
        this.info = info;
        this.codecPrivate = codecPrivate;
    }

    public static Footage open(SeekableByteChannel channel) throws IOException {
        ContainerFormat format = ContainerFormat.detect(channel);
        JcodecChannel in = new JcodecChannel(channel);
        Demuxer demuxer;
        try {
            demuxer = format == ContainerFormat.MP4 ? MP4Demuxer.createMP4Demuxer(in) : new MKVDemuxer(in);
        } catch (RuntimeException | IOException e) {
            throw new FootageException("The " + format.label() + " file is damaged or incomplete: " + e, e);
        }
        if (demuxer.getVideoTracks().isEmpty()) {
            throw new FootageException("The " + format.label() + " file has no video in it.");
        }
        DemuxerTrack track = demuxer.getVideoTracks().get(0);
        DemuxerTrackMeta meta = track.getMeta();
        if (meta != null && meta.getCodec() != null && meta.getCodec() != Codec.H264) {
            throw new FootageException("The video is coded as " + meta.getCodec()
                    + ": only H.264 can be decoded here. Ask the control room for an H.264 export.");
        }
        int width = 0;
        int height = 0;
        if (meta != null
                && meta.getVideoCodecMeta() != null
                && meta.getVideoCodecMeta().getSize() != null) {
            width = meta.getVideoCodecMeta().getSize().getWidth();
            height = meta.getVideoCodecMeta().getSize().getHeight();
        } else if (demuxer instanceof MKVDemuxer mkv) {
            width = mkv.getPictureWidth();
            height = mkv.getPictureHeight();
        }
        long frames = meta == null ? 0 : Math.max(0, meta.getTotalFrames());
        Duration duration =
                meta == null ? Duration.ZERO : Duration.ofMillis(Math.round(meta.getTotalDuration() * 1000));
        ByteBuffer codecPrivate = meta == null ? null : meta.getCodecPrivate();
        return new Footage(demuxer, track, new FootageInfo(format, width, height, frames, duration), codecPrivate);
    }

    public FootageInfo info() {
        return info;
    }

    /** The next stored frame, still encoded, or empty at the end. */
    public Optional<EncodedFrame> next() throws IOException {
        Packet packet = track.nextFrame();
        if (packet == null) {
            return Optional.empty();
        }
        return Optional.of(new EncodedFrame(
                packet.getFrameNo(),
                Duration.ofMillis(Math.round(packet.getPtsD() * 1000)),
                packet.isKeyFrame(),
                packet.getData()));
    }

    /** A decoder of this footage's frames; each thread needs its own. */
    public FrameDecoder decoder() {
        return new FrameDecoder(
                codecPrivate == null
                        ? new H264Decoder()
                        : H264Decoder.createH264DecoderFromCodecPrivate(codecPrivate.duplicate()),
                info.width(),
                info.height());
    }

    /**
     * Frame {@code number} at full size, decoded from the key frame before it, frame after frame, as a player does.
     * MP4 jumps to that key frame; Matroska cannot (jcodec's reader does not seek), so it reads on from where it is,
     * keeping only the frames since the last key frame, still encoded. Refused past the end.
     */
    public BufferedImage frame(long number) throws IOException {
        if (track instanceof SeekableDemuxerTrack seekable) {
            try {
                seekable.gotoSyncFrame(number);
            } catch (RuntimeException unsupported) {
                // Matroska: read on from here
            }
        }
        List<EncodedFrame> group = new ArrayList<>();
        Optional<EncodedFrame> frame;
        while ((frame = next()).isPresent()) {
            if (frame.get().keyFrame()) {
                group.clear();
            }
            group.add(frame.get());
            if (frame.get().number() >= number && group.get(0).keyFrame()) {
                FrameDecoder decoder = decoder();
                Picture last = null;
                for (EncodedFrame encoded : group) {
                    last = decoder.decode(encoded.data());
                }
                return decoder.image(last);
            }
        }
        throw new FootageException("The footage has no frame " + number + ".");
    }

    @Override
    public void close() throws IOException {
        demuxer.close();
    }

    /** Decodes frames of one footage; not shared between threads. */
    public static final class FrameDecoder {

        private final H264Decoder decoder;
        private final byte[][] buffer;

        FrameDecoder(H264Decoder decoder, int width, int height) {
            this.decoder = decoder;
            int w = Math.max(16, (width + 15) & ~15);
            int h = Math.max(16, (height + 15) & ~15);
            this.buffer = Picture.create(w, h, ColorSpace.YUV420J).getData();
        }

        /** The picture in {@code data}; a frame that is not a key frame needs the ones before it decoded first. */
        public Picture decode(ByteBuffer data) throws FootageException {
            try {
                Picture picture = decoder.decodeFrame(data.duplicate(), buffer);
                if (picture == null) {
                    throw new FootageException("A frame of the footage could not be decoded.");
                }
                return picture;
            } catch (RuntimeException e) {
                throw new FootageException("A frame of the footage is damaged and could not be decoded: " + e, e);
            }
        }

        /** The picture as an RGB image, cropped to the footage's picture size. */
        public BufferedImage image(Picture picture) {
            return AWTUtil.toBufferedImage(picture);
        }
    }
}
