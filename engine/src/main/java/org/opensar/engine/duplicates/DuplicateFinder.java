package org.opensar.engine.duplicates;

import java.util.List;

/** Pipeline stage: finds the groups of duplicate documents among a case's fingerprints. */
public interface DuplicateFinder {

    List<DuplicateGroup> find(List<DocumentFingerprint> fingerprints);
}
