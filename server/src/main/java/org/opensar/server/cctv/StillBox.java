package org.opensar.server.cctv;

import java.time.Instant;
import org.opensar.engine.cctv.Box;
import org.opensar.engine.cctv.RegionKind;

/**
 * A box on a still: where, what the detector (or the officer, who drew it) thinks it covers, how sure and why, and
 * what the officer decided (null until decided; a box the officer drew is to be obscured unless they say otherwise).
 */
public record StillBox(
        long id,
        long stillId,
        Box box,
        RegionKind kind,
        boolean drawnByOfficer,
        Double score,
        String explanation,
        BoxDecision decision,
        String decidedBy,
        Instant decidedAt) {

    /** The decision, or what it will be taken to be: obscure, the safe side. */
    public BoxDecision effectiveDecision() {
        return decision == null ? BoxDecision.OBSCURE : decision;
    }
}
