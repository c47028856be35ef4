package org.opensar.engine.duplicates;

import java.util.List;

/**
 * Pipeline stage: finds, among a case's fingerprints, the documents that are copies of each other and those wholly
 * inside another, reading the texts of the pairs it lines up from {@code texts}.
 */
public interface DuplicateFinder {

    List<CopyRelation> find(List<DocumentFingerprint> fingerprints, DocumentTexts texts);
}
