package org.opensar.engine.detect;

/** Where a proposed redaction stands; detection only ever proposes, a person or the batch policy decides. */
public enum RedactionStatus {
    PROPOSED
}
