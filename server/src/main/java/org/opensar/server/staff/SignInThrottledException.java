package org.opensar.server.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the account or from the address: no password is checked until the lock ends. */
final class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Instant until;

    SignInThrottledException(Instant until, ZoneId zone) {
        super("Too many failed sign-ins for this account or from this address. Try again after "
                + TIME.format(until.atZone(zone)) + ", or ask an administrator if you have forgotten your password.");
        this.until = until;
    }

    /** Whole seconds until the lock ends, at least one, for a Retry-After header. */
    long retryAfterSeconds(Instant now) {
        return Math.max(1, Duration.between(now, until).toSeconds() + 1);
    }
}
