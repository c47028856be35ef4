package org.opensar.server.review;

import java.time.Instant;

/** A record that the package's password was given: how, to whom, by whom and when. */
record PasswordReleaseRecord(PasswordReleaseMethod method, String recipient, String releasedBy, Instant releasedAt) {}
