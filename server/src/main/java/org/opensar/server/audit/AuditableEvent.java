package org.opensar.server.audit;

/**
 * A past-tense domain event that must leave a trace in the audit log. Modules publish these; the audit module
 * writes one hash-chained entry per event in the same transaction as the change itself.
 */
public interface AuditableEvent {

    /** Who did it: a staff username, or {@code system}. */
    String actor();

    /** What happened, e.g. {@code REQUEST_RECEIVED}. */
    String action();

    /** What it happened to. */
    AuditSubject subject();

    /** The state before, as JSON, or null when the thing is new. */
    String before();

    /** The state after, as JSON, or null when the thing is gone. */
    String after();

    /** The reason given, if any. */
    String reason();
}
