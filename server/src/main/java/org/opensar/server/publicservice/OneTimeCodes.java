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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.notify.EmailKind;
import org.opensar.server.notify.Emails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes to sign in to the requester's page: six digits, emailed to the address on the request, kept only
 * as a salted HMAC, good once, for 15 minutes and 5 tries. Asking for a code for a reference that does not exist,
 * or has no email, looks and takes the same as for one that does: the email is sent in the background.
 */
@Service
class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final int ATTEMPTS = 5;

    private final Casework casework;
    private final Emails emails;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(Casework casework, Emails emails, JdbcClient jdbc, Clock clock) {
        this.casework = casework;
        this.emails = emails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends a new code if the request exists and has an email address; says nothing either way. */
    @Transactional
    void send(CaseReference reference) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = hash(salt, reference, code);
        Optional<InformationRequest> request = casework.find(reference);
        String email = request.map(r -> r.requester().email()).orElse(null);
        if (email == null || email.isBlank()) {
            return;
        }
        jdbc.sql("""
                insert into requester_code (reference, salt, code_hash, expires_at)
                values (:reference, :salt, :hash, :expires)""")
                .param("reference", reference.value())
                .param("salt", salt)
                .param("hash", hash)
                .param("expires", OffsetDateTime.ofInstant(clock.instant().plus(VALID_FOR), ZoneOffset.UTC))
                .update();
        emails.send(EmailKind.SIGN_IN_CODE, email, reference.value(), Map.of("code", code));
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
