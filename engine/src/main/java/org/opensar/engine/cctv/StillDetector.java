package org.opensar.engine.cctv;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Finds what may identify someone on a still: faces, people, vehicle registration plates, readable text. It only
 * proposes: an officer decides which box is the requester, adds the ones it missed and removes the wrong ones, and
 * only {@link Obscurer} changes a still.
 */
public interface StillDetector {

    List<ProposedRegion> detect(BufferedImage still);
}
