package org.opensar.server.review;

/** Who put a redaction forward: the engine's detection, or an officer selecting text. */
public enum RedactionOrigin {
    ENGINE,
    OFFICER
}
