package org.opensar.engine.cctv;

import java.awt.Color;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jcodec.common.Codec;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Packet;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * Time and memory to make the timeline of a 10-minute 720p clip (25 frames a second, a key frame every second, as
 * jcodec encodes), on {@code threads} threads. The clip is generated once into {@code target/cctv-bench/}: twenty
 * distinct one-second scenes encoded with jcodec, then laid end to end in runs of ten seconds (jcodec's encoder takes
 * about 0.15 s a 720p frame here, so encoding 15,000 distinct frames would take over half an hour).
 *
 * <p>Run: {@code java -Xmx256m -cp ... org.opensar.engine.cctv.TimelineBenchmark [threads]} under
 * {@code /usr/bin/time -v}. Not a unit test: time depends on the machine.
 */
public final class TimelineBenchmark {

    private static final int SECONDS = 600;
    private static final int SCENES = 20;

    private TimelineBenchmark() {}

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path clip = tenMinutes(Path.of("target/cctv-bench"));
        AtomicInteger thumbnails = new AtomicInteger();
        AtomicLong jpegBytes = new AtomicLong();
        long cpuBefore = cpu();
        long began = System.nanoTime();
        int keyFrames;
        try (Footage footage = Footage.open(FileChannel.open(clip, StandardOpenOption.READ))) {
            keyFrames = new TimelineSampler(TimelineSettings.DEFAULT.withThreads(threads)).sample(footage, t -> {
                thumbnails.incrementAndGet();
                jpegBytes.addAndGet(t.jpeg().length);
            });
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d MB, %d key frames, %d thumbnails (%d kB) on %d threads in %.1f s wall, %.1f s CPU;"
                        + " peak heap %d MB (of -Xmx %d MB)%n",
                clip.getFileName(),
                Files.size(clip) >> 20,
                keyFrames,
                thumbnails.get(),
                jpegBytes.get() >> 10,
                threads,
                seconds,
                (cpu() - cpuBefore) / 1e9,
                peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The 10-minute clip, made once. */
    static Path tenMinutes(Path folder) throws IOException {
        Path clip = folder.resolve("ten-minutes-720p.mp4");
        if (Files.exists(clip)) {
            return clip;
        }
        Files.createDirectories(folder);
        Path pool = folder.resolve("scenes.mp4");
        List<SyntheticFootage.Scene> scenes = new ArrayList<>();
        for (int i = 0; i < SCENES; i++) {
            scenes.add(new SyntheticFootage.Scene(
                    new Color(60 + i * 9, 150 - i * 4, 90 + (i * 37) % 120),
                    List.of(
                            new SyntheticFootage.Person(100 + i * 40, 200, 40 + i % 5 * 8),
                            new SyntheticFootage.Person(900 - i * 20, 150, 32)),
                    ""));
        }
        SyntheticFootage.write(pool, 1280, 720, 25, scenes, 25);
        List<List<Packet>> seconds = new ArrayList<>();
        try (SeekableByteChannel in = NIOUtils.readableChannel(pool.toFile())) {
            DemuxerTrack track = MP4Demuxer.createMP4Demuxer(in).getVideoTrack();
            Packet packet;
            while ((packet = track.nextFrame()) != null) {
                if (packet.isKeyFrame()) {
                    seconds.add(new ArrayList<>());
                }
                seconds.get(seconds.size() - 1).add(packet);
            }
            try (SeekableByteChannel out = NIOUtils.writableChannel(clip.toFile())) {
                MP4Muxer muxer = MP4Muxer.createMP4MuxerToChannel(out);
                MuxerTrack video =
                        muxer.addVideoTrack(Codec.H264, track.getMeta().getVideoCodecMeta());
                long frame = 0;
                for (int second = 0; second < SECONDS; second++) {
                    for (Packet p : seconds.get((second / 10 * 7 + second % 2) % seconds.size())) {
                        video.addFrame(Packet.createPacket(
                                p.getData().duplicate(), frame, 25, 1, frame, p.getFrameType(), null));
                        frame++;
                    }
                }
                muxer.finish();
            }
        }
        Files.delete(pool);
        return clip;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The largest the heap's pools together were (each pool's own peak, so it overstates a little). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
