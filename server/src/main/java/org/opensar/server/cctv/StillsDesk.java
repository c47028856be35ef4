package org.opensar.server.cctv;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.opensar.engine.cctv.Box;
import org.opensar.engine.cctv.Footage;
import org.opensar.engine.cctv.Obscurer;
import org.opensar.engine.cctv.Obscuring;
import org.opensar.engine.cctv.ObscuringVerifier;
import org.opensar.engine.cctv.ProposedRegion;
import org.opensar.engine.cctv.RegionKind;
import org.opensar.engine.cctv.StillCheck;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.platform.AtRestEncryption;
import org.opensar.server.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's desk for stills: frames chosen from a timeline (decoded at full size) or pictures the control room
 * exported on their own become stills, kept encrypted, each with the detector's proposed boxes; the officer marks the requester, adds the boxes it missed, dismisses the
 * ones that cover no one, and chooses solid boxes or a blur; the obscured still is made from those decisions alone,
 * and checked by the detector again.
 */
@Service
public class StillsDesk {

    private final StillRepository stills;
    private final FootageLibrary library;
    private final StillDetection detection;
    private final AtRestEncryption cipher;
    private final CctvProperties properties;
    private final CctvAudit audit;
    private final Clock clock;

    StillsDesk(
            StillRepository stills,
            FootageLibrary library,
            StillDetection detection,
            AtRestEncryption cipher,
            CctvProperties properties,
            CctvAudit audit,
            Clock clock) {
        this.stills = stills;
        this.library = library;
        this.detection = detection;
        this.cipher = cipher;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit log keeps of a chosen or uploaded still: where in the footage, or which picture. */
    record Chosen(long still, UUID footage, long frame, String at, List<ProposedRegion> proposed) {}

    /** A still just made, with what the detector proposed on it. */
    private record Made(long id, List<ProposedRegion> proposed) {}

    /** What the audit log keeps of the officer's decisions on a still. */
    record Decided(long still, Obscuring obscuring, List<StillBox> boxes) {}

    /** Makes stills of these frames of the footage (a frame already chosen is left as it is). */
    @Transactional
    public List<Long> choose(CaseReference reference, UUID footageId, List<Long> frames, Actor actor) {
        FootageRecord footage = library.get(reference, footageId);
        if (footage.status() != FootageStatus.READY) {
            throw new CctvRefusedException(
                    "The footage's timeline is not ready: " + footage.status().label() + ".");
        }
        if (frames == null || frames.isEmpty()) {
            throw new CctvRefusedException("Choose at least one frame that shows the requester.");
        }
        List<Long> made = new ArrayList<>();
        for (long frame : frames) {
            FootageRepository.TimelineEntry entry = library.entry(footage, frame)
                    .orElseThrow(() -> new CctvRefusedException("Frame " + frame + " is not on the timeline."));
            if (stills.exists(footageId, frame)) {
                continue;
            }
            BufferedImage picture;
            try (Footage opened = library.open(footage)) {
                picture = opened.frame(frame);
            } catch (IOException e) {
                throw new CctvRefusedException("Frame " + frame + " could not be decoded: " + e.getMessage());
            }
            Made still = make(reference, footageId, frame, entry.atMs(), null, picture, actor);
            audit.record(
                    reference.value(),
                    actor.username(),
                    "CCTV_STILL_CHOSEN",
                    null,
                    new Chosen(still.id(), footageId, frame, entry.at(), still.proposed()),
                    null);
            made.add(still.id());
        }
        return made;
    }

    /**
     * Makes a still of each picture the control room exported on its own, exactly as a frame chosen from footage
     * becomes one; each picture recorded as an export of its own, so retention deletes it as it deletes footage.
     */
    @Transactional
    public List<Long> upload(CaseReference reference, List<UploadedStill> pictures, Actor actor) {
        if (pictures.isEmpty()) {
            throw new CctvRefusedException("Choose the stills to upload (JPEG or PNG).");
        }
        List<Long> made = new ArrayList<>();
        for (UploadedStill picture : pictures) {
            FootageRecord export = library.recordStill(reference, picture, actor);
            Made still = make(reference, export.id(), 0, 0, picture.fileName(), picture.picture(), actor);
            audit.record(
                    reference.value(),
                    actor.username(),
                    "CCTV_STILL_CHOSEN",
                    null,
                    new Chosen(still.id(), export.id(), 0, picture.fileName(), still.proposed()),
                    null);
            made.add(still.id());
        }
        return made;
    }

    /** Keeps the picture encrypted as a still, with a box for each thing the detector proposes on it. */
    private Made make(
            CaseReference reference,
            UUID footageId,
            long frame,
            long atMs,
            String fileName,
            BufferedImage picture,
            Actor actor) {
        StillRecord still = new StillRecord(
                0,
                footageId,
                reference.value(),
                frame,
                atMs,
                picture.getWidth(),
                picture.getHeight(),
                properties.obscuring(),
                actor.username(),
                clock.instant(),
                fileName);
        long id = stills.insert(still, cipher.encrypt(png(picture), pictureData(footageId, frame)));
        List<ProposedRegion> proposed =
                detection.detector().map(d -> d.detect(picture)).orElse(List.of());
        proposed.forEach(p -> stills.insertBox(id, p.box(), p.kind(), false, p.score(), p.explanation()));
        return new Made(id, proposed);
    }

    public List<StillRecord> of(CaseReference reference) {
        return stills.of(reference.value());
    }

    public StillRecord get(CaseReference reference, long id) {
        return stills.find(reference.value(), id)
                .orElseThrow(() -> new CctvRefusedException("There is no such still for " + reference + "."));
    }

    public List<StillBox> boxes(StillRecord still) {
        return stills.boxes(still.id());
    }

    /** A box the detector missed, drawn by the officer: obscured unless they decide otherwise. */
    @Transactional
    public void addBox(CaseReference reference, long stillId, Box box, RegionKind kind, Actor actor) {
        StillRecord still = get(reference, stillId);
        Box inside = box.within(still.width(), still.height());
        long id = stills.insertBox(still.id(), inside, kind, true, null, "drawn by " + actor.username());
        stills.decide(still.id(), id, BoxDecision.OBSCURE, actor.username(), clock.instant());
        audit.record(
                reference.value(),
                actor.username(),
                "CCTV_BOX_ADDED",
                null,
                new Decided(still.id(), still.obscuring(), stills.boxes(still.id())),
                null);
    }

    /** The officer's decision on each box, and how the others are obscured. */
    @Transactional
    public void decide(
            CaseReference reference, long stillId, Map<Long, BoxDecision> decisions, Obscuring obscuring, Actor actor) {
        StillRecord still = get(reference, stillId);
        Decided before = new Decided(still.id(), still.obscuring(), stills.boxes(still.id()));
        Instant now = clock.instant();
        decisions.forEach((box, decision) -> stills.decide(still.id(), box, decision, actor.username(), now));
        if (obscuring != null) {
            stills.obscuring(still.id(), obscuring);
        }
        audit.record(
                reference.value(),
                actor.username(),
                "CCTV_BOXES_DECIDED",
                before,
                new Decided(still.id(), obscuring == null ? still.obscuring() : obscuring, stills.boxes(still.id())),
                null);
    }

    @Transactional
    public void remove(CaseReference reference, long stillId, Actor actor) {
        StillRecord still = get(reference, stillId);
        stills.delete(still.id());
        audit.record(reference.value(), actor.username(), "CCTV_STILL_REMOVED", still, null, null);
    }

    /** The still as chosen, unobscured: for the officer only. */
    public BufferedImage picture(StillRecord still) {
        byte[] png = stills.picture(still.id())
                .map(s -> cipher.decrypt(s, pictureData(still.footageId(), still.frame())))
                .orElseThrow(() -> new CctvRefusedException("The still's picture was deleted with its footage."));
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The still as it will be released: every box not the requester's and not dismissed, obscured. */
    public BufferedImage obscured(StillRecord still) {
        List<Box> hidden = stills.boxes(still.id()).stream()
                .filter(b -> b.effectiveDecision() == BoxDecision.OBSCURE)
                .map(StillBox::box)
                .toList();
        return new Obscurer().obscure(picture(still), hidden, still.obscuring());
    }

    /** The detector's second look at the obscured still. */
    public StillCheck check(StillRecord still) {
        List<StillBox> boxes = stills.boxes(still.id());
        return new ObscuringVerifier(detection.checker())
                .check(obscured(still), decided(boxes, BoxDecision.REQUESTER), decided(boxes, BoxDecision.DISMISSED));
    }

    /** What keeps the stills from being checked and released, in the officer's words; empty when nothing does. */
    public List<String> unfinished(CaseReference reference) {
        List<String> problems = new ArrayList<>();
        List<StillRecord> all = of(reference);
        if (all.isEmpty()) {
            problems.add("No still has been chosen from the footage or uploaded.");
        }
        for (StillRecord still : all) {
            List<StillBox> boxes = stills.boxes(still.id());
            long open = boxes.stream().filter(b -> b.decision() == null).count();
            if (open > 0) {
                problems.add("The still " + still.label() + " has " + open + " proposed "
                        + (open == 1 ? "box" : "boxes") + " to decide.");
            }
            if (boxes.stream().noneMatch(b -> b.decision() == BoxDecision.REQUESTER)) {
                problems.add("The still " + still.label() + " has no box marked as the requester.");
            }
        }
        return problems;
    }

    private static List<Box> decided(List<StillBox> boxes, BoxDecision decision) {
        return boxes.stream()
                .filter(b -> b.decision() == decision)
                .map(StillBox::box)
                .toList();
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pictureData(UUID footage, long frame) {
        return "cctv-still:" + footage + ":" + frame;
    }
}
