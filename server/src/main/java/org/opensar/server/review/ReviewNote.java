package org.opensar.server.review;

import java.time.Instant;

/** An officer's note on the case file or one of its documents. */
record ReviewNote(long id, Long documentId, String author, Instant writtenAt, String text) {}
