package org.opensar.server.cctv;

import java.nio.file.Path;
import java.time.Duration;
import org.opensar.engine.cctv.DetectorSettings;
import org.opensar.engine.cctv.Obscuring;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of personal CCTV requests.
 *
 * @param home OPENSAR_HOME: footage is kept, encrypted, under {@code home/cctv}, released responses under
 *     {@code home/cctv-releases}
 * @param controlRoomEmail where preservation requests go ({@code OPENSAR_CCTV_CONTROL_ROOM_EMAIL}); the example
 *     council's, which reaches nobody, until set
 * @param overwriteDays after how many days the control room overwrites footage (the council's guidance: 30)
 * @param warningDays how many days before the overwrite date the IG team is warned while the footage is not yet
 *     acknowledged, preserved and uploaded
 * @param footageRetention how long after the request closes the footage, its thumbnails and the unobscured stills are
 *     deleted ({@code OPENSAR_CCTV_FOOTAGE_RETENTION}); the released response is kept with the other releases
 * @param maxFootage the largest footage upload ({@code OPENSAR_CCTV_MAX_FOOTAGE})
 * @param timelineInterval a thumbnail at least this often, besides each scene change
 * @param obscuring how others are obscured unless the officer chooses otherwise: {@code SOLID} boxes or a {@code BLUR}
 * @param models the folder with OpenCV's cascades ({@code OPENSAR_CCTV_MODELS}): Debian's opencv-data puts them in
 *     /usr/share/opencv4
 * @param decoderThreads threads decoding footage for the timeline
 * @param sweepInterval how often the overwrite warnings and the footage retention are checked
 * @param maxStill the largest still uploaded as a picture ({@code OPENSAR_CCTV_MAX_STILL})
 */
@ConfigurationProperties("opensar.cctv")
public record CctvProperties(
        Path home,
        String controlRoomEmail,
        int overwriteDays,
        int warningDays,
        Duration footageRetention,
        DataSize maxFootage,
        Duration timelineInterval,
        Obscuring obscuring,
        Path models,
        int decoderThreads,
        Duration sweepInterval,
        DataSize maxStill) {

    public CctvProperties {
        home = home == null || home.toString().isBlank() ? Path.of("data") : home;
        controlRoomEmail = controlRoomEmail == null || controlRoomEmail.isBlank()
                ? "cctv.control.room@council.example"
                : controlRoomEmail.strip();
        overwriteDays = overwriteDays < 1 ? 30 : overwriteDays;
        warningDays = warningDays < 1 ? 7 : warningDays;
        footageRetention = footageRetention == null ? Duration.ofDays(7) : footageRetention;
        maxFootage = maxFootage == null ? DataSize.ofGigabytes(4) : maxFootage;
        timelineInterval = timelineInterval == null ? Duration.ofSeconds(10) : timelineInterval;
        obscuring = obscuring == null ? Obscuring.SOLID : obscuring;
        models = models == null || models.toString().isBlank() ? DetectorSettings.DEBIAN_MODELS : models;
        decoderThreads = decoderThreads < 1 ? 2 : decoderThreads;
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
        maxStill = maxStill == null ? DataSize.ofMegabytes(50) : maxStill;
    }

    Path footage() {
        return home.resolve("cctv");
    }

    Path releases() {
        return home.resolve("cctv-releases");
    }
}
