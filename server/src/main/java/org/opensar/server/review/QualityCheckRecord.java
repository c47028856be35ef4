package org.opensar.server.review;

import java.time.Instant;

/** One second-person check: the outcome, who decided when, and their comments. */
record QualityCheckRecord(QualityCheckOutcome outcome, String decidedBy, Instant decidedAt, String comments) {}
