package org.opensar.engine.cctv;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Runs the detector again on the still as it will be released. A face, person or plate it finds must be the
 * requester's (mostly inside a box the officer marked as the requester, or just around it) or one the officer looked at and dismissed
 * as no one (a poster, a pattern in the brickwork); anything else means someone is still visible, or a blur is too
 * weak, and the still must not go out.
 */
public final class ObscuringVerifier {

    /** How much of a find must lie in the requester's box for it to be the requester. */
    private static final double REQUESTER_SHARE = 0.5;
    /** How closely a find must match a dismissed proposal to be that proposal again. */
    private static final double SAME_FIND_IOU = 0.4;

    private final StillDetector detector;

    public ObscuringVerifier(StillDetector detector) {
        this.detector = detector;
    }

    /**
     * A find mostly inside the requester's box, or one around the requester a little larger than their box (an upper
     * body around a head): a larger find holding someone else as well would find that person's face separately.
     */
    private static boolean isRequester(Box found, Box requester) {
        return found.coveredBy(requester) >= REQUESTER_SHARE
                || requester.coveredBy(found) >= REQUESTER_SHARE && found.area() <= 4 * requester.area();
    }

    public StillCheck check(BufferedImage obscured, List<Box> requester, List<Box> dismissed) {
        List<ProposedRegion> found = detector.detect(obscured).stream()
                .filter(r -> r.kind().verified())
                .toList();
        List<ProposedRegion> unaccounted = found.stream()
                .filter(r -> requester.stream().noneMatch(b -> isRequester(r.box(), b)))
                .filter(r -> dismissed.stream()
                        .noneMatch(
                                d -> r.box().iou(d) >= SAME_FIND_IOU || r.box().coveredBy(d) >= 0.8))
                .toList();
        return new StillCheck(found, unaccounted);
    }
}
