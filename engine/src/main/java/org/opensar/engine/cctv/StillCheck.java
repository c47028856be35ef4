package org.opensar.engine.cctv;

import java.util.List;

/**
 * The detector's second look at an obscured still before release: everything it found, and what of that nobody
 * accounted for (not the requester, not a find the officer dismissed). Release is refused unless that is empty.
 */
public record StillCheck(List<ProposedRegion> found, List<ProposedRegion> unaccounted) {

    public StillCheck {
        found = List.copyOf(found);
        unaccounted = List.copyOf(unaccounted);
    }

    public boolean clean() {
        return unaccounted.isEmpty();
    }
}
