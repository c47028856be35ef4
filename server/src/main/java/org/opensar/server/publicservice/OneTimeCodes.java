package org.opensar.server.publicservice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.notify.EmailKind;
import org.opensar.server.notify.Emails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes to sign in to the requester's page: six digits, emailed to the address on the request, kept only
 * as a salted HMAC, good once, for 15 minutes and 5 tries. Nobody can tell from the sign-in whether a reference
 * exists: asking for a code only queues the work (finding the request, storing the code, the email) for a
 * background thread, so the page answers the same, in the same time, for a real reference, an unknown one or one
 * without an email address; and checking a code does the same database work whether or not a code was ever sent.
 */
@Service
class OneTimeCodes implements AutoCloseable {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    private final Casework casework;
    private final Emails emails;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();
    /** One thread, and a bounded queue: the rate limits keep it short; beyond 1,000 waiting, a code is dropped. */
    private final ExecutorService background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000),
            r -> {
                Thread thread = new Thread(r, "sign-in-codes");
                thread.setDaemon(true);
                return thread;
            },
            (r, executor) -> log.warn("Too many sign-in codes waiting: one was not sent"));

    OneTimeCodes(
            Casework casework, Emails emails, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.casework = casework;
        this.emails = emails;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Queues a new code for the reference and returns at once: if the request exists and has an email address, the
     * code is stored and then emailed, in the background; otherwise nothing happens. Says nothing either way.
     */
    void send(CaseReference reference) {
        background.execute(() -> {
            try {
                Optional<Runnable> email = transaction.execute(status -> store(reference));
                if (email != null) {
                    email.ifPresent(Runnable::run); // only once the code is committed, so it works when it arrives
                }
            } catch (RuntimeException e) {
                log.warn("A sign-in code for {} could not be sent: {}", reference.value(), e.getMessage());
            }
        });
    }

    /** Stores a new code if the request has an email address, and returns the email that sends it. */
    private Optional<Runnable> store(CaseReference reference) {
        String email = casework.find(reference).map(r -> r.requester().email()).orElse(null);
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        jdbc.sql("""
                insert into requester_code (reference, salt, code_hash, expires_at)
                values (:reference, :salt, :hash, :expires)""")
                .param("reference", reference.value())
                .param("salt", salt)
                .param("hash", hash(salt, reference, code))
                .param("expires", OffsetDateTime.ofInstant(clock.instant().plus(VALID_FOR), ZoneOffset.UTC))
                .update();
        return Optional.of(() -> emails.send(EmailKind.SIGN_IN_CODE, email, reference.value(), Map.of("code", code)));
    }

    @Override
    public void close() {
        background.shutdown();
    }

    /** Whether the code is the latest one sent for the reference, unused, unexpired and within its tries. */
    @Transactional
    boolean check(CaseReference reference, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        var latest = jdbc.sql("""
                select id, salt, code_hash, attempts from requester_code
                where reference = :reference and not used and expires_at > :now
                order by id desc limit 1 for update""")
                .param("reference", reference.value())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"), rs.getBytes("salt"), rs.getBytes("code_hash"), rs.getInt("attempts")
                })
                .optional();
        if (latest.isEmpty()) {
            hash(new byte[16], reference, code); // the same work as a real check
            // and a write, as a real check's update makes: a transaction id makes this commit flush to disk too
            jdbc.sql("select txid_current()").query(Long.class).single();
            return false;
        }
        Object[] row = latest.get();
        long id = (Long) row[0];
        if ((Integer) row[3] >= ATTEMPTS) {
            return false;
        }
        boolean right = MessageDigest.isEqual((byte[]) row[2], hash((byte[]) row[1], reference, code));
        jdbc.sql("update requester_code set attempts = attempts + 1, used = :used where id = :id")
                .param("used", right)
                .param("id", id)
                .update();
        return right;
    }

    private static byte[] hash(byte[] salt, CaseReference reference, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal((reference.value() + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
