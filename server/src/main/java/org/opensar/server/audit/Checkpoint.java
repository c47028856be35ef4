package org.opensar.server.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The audit chain's head at a moment (its newest entry's number and hash), signed with the audit key and kept
 * outside the database: a line of {@code OPENSAR_HOME/audit-checkpoints} and of the server's log. Whoever rewrites
 * or shortens the log in the database cannot make it agree with the checkpoints, nor write new ones.
 */
record Checkpoint(long seq, String hash, Instant writtenAt, String signature) {

    /** What the signature covers. */
    String signed() {
        return seq + " " + hash + " " + writtenAt;
    }

    /** As written to the file and to the log: the signed part, then the signature. */
    String line() {
        return signed() + " " + signature;
    }

    /** A line as written, or nothing when it is not one. */
    static Optional<Checkpoint> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
