package org.opensar.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slows down guessing staff passwords, per account and per address, in the database so every node counts the
 * same: failures within {@code window} of the first are counted; at the limit (5 for an account, 20 for an
 * address, where several colleagues may sit behind one) the account or address is locked for {@code lock}, doubled
 * for each further failure up to a day. Every failure and every lock is in the audit log; attempts while locked are
 * refused before any password is checked.
 */
@Component
class SignInThrottle {

    private static final Duration LONGEST_LOCK = Duration.ofDays(1);
    private static final int LONGEST_NAME = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final StaffProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, AuditLog audit, JsonMapper json, StaffProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** The audit log's record of a failed sign-in: where it came from. */
    record Attempt(String address) {}

    /** The audit log's record of a lock: until when, after a failure from where. */
    record Lock(Instant until, String address) {}

    /** Refuses, with when to try again, while the account or the address is locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void check(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("select max(locked_until) from sign_in_failure where subject in (:subjects) and locked_until > :now")
                .param("subjects", List.of(account(username), address(address)))
                .param("now", utc(now))
                .query(OffsetDateTime.class)
                .optional()
                .ifPresent(until -> {
                    throw new SignInThrottledException(until.toInstant(), clock.getZone());
                });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        String who = name(username);
        String from = address == null ? "unknown" : address;
        audit.append(
                "anonymous",
                "SIGN_IN_FAILED",
                new AuditSubject("staff", who),
                null,
                json.writeValueAsString(new Attempt(from)),
                null);
        count(account(username), properties.signInAttempts()).ifPresent(until -> locked("staff", who, until, from));
        count(address(from), properties.signInAttemptsPerAddress())
                .ifPresent(until -> locked("address", from, until, from));
        jdbc.sql(
                        "delete from sign_in_failure where last_failure_at < :old and (locked_until is null or locked_until < :now)")
                .param("old", utc(clock.instant().minus(properties.signInWindow())))
                .param("now", utc(clock.instant()))
                .update();
    }

    /** A good password clears the account's failures (not the address's: one colleague's success is not all's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where subject = :subject")
                .param("subject", account(username))
                .update();
    }

    /** Counts a failure; the end of the lock it brings on, if it reaches the limit. */
    private Optional<Instant> count(String subject, int limit) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into sign_in_failure (subject, failures, first_failure_at, last_failure_at)
                        values (:subject, 1, :now, :now)
                        on conflict (subject) do update set
                            failures = case when sign_in_failure.first_failure_at < :windowStart
                                            and (sign_in_failure.locked_until is null
                                                 or sign_in_failure.locked_until < :now)
                                       then 1 else sign_in_failure.failures + 1 end,
                            first_failure_at = case when sign_in_failure.first_failure_at < :windowStart
                                            and (sign_in_failure.locked_until is null
                                                 or sign_in_failure.locked_until < :now)
                                       then :now else sign_in_failure.first_failure_at end,
                            last_failure_at = :now
                        returning failures""")
                .param("subject", subject)
                .param("now", utc(now))
                .param("windowStart", utc(now.minus(properties.signInWindow())))
                .query(Integer.class)
                .single();
        if (failures < limit) {
            return Optional.empty();
        }
        Duration lock = properties.signInLock().multipliedBy(1L << Math.min(failures - limit, 20));
        Instant until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        jdbc.sql("update sign_in_failure set locked_until = :until where subject = :subject")
                .param("until", utc(until))
                .param("subject", subject)
                .update();
        return Optional.of(until);
    }

    private void locked(String type, String id, Instant until, String address) {
        audit.append(
                "system",
                "SIGN_IN_LOCKED",
                new AuditSubject(type, id),
                null,
                json.writeValueAsString(new Lock(until, address)),
                "too many failed sign-ins");
    }

    private static String account(String username) {
        return "account:" + name(username);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
