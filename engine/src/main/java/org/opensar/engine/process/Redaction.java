package org.opensar.engine.process;

/**
 * A proposed redaction in a document: page (from 1), character offsets in that page's text, the kind of data and
 * why, in plain English.
 */
public record Redaction(int page, int start, int end, String kind, String explanation) {}
