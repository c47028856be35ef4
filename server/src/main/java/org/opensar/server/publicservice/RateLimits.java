package org.opensar.server.publicservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in the database, so every node of the server counts the same hits: a bucket (what and
 * who, e.g. a form submission from one address) may be hit so many times per window.
 */
@Component
class RateLimits {

    /** What is limited, and how many hits each window allows. */
    enum Limit {
        FORM_PER_IP,
        UPLOAD_PER_IP,
        CODE_REQUEST_PER_IP,
        CODE_REQUEST_PER_REFERENCE,
        CODE_ATTEMPT_PER_IP
    }

    private final JdbcClient jdbc;
    private final PublicProperties properties;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, PublicProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a hit; false when the bucket is already full for this window (the hit is counted all the same). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(Limit limit, String who) {
        Duration window = properties.rateWindow();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() - now.getEpochSecond() % window.toSeconds());
        int hits = jdbc.sql("""
                        insert into rate_limit (bucket, window_start, hits) values (:bucket, :start, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit.hits + 1
                        returning hits""")
                .param("bucket", limit.name() + ":" + who)
                .param("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                .query(Integer.class)
                .single();
        jdbc.sql("delete from rate_limit where window_start < :old")
                .param("old", OffsetDateTime.ofInstant(start.minus(window), ZoneOffset.UTC))
                .update();
        return hits <= max(limit);
    }

    private int max(Limit limit) {
        return switch (limit) {
            case FORM_PER_IP -> properties.formsPerWindow();
            case UPLOAD_PER_IP -> properties.uploadsPerWindow();
            case CODE_REQUEST_PER_IP -> properties.codeRequestsPerWindow();
            case CODE_REQUEST_PER_REFERENCE -> properties.codesPerReferencePerWindow();
            case CODE_ATTEMPT_PER_IP -> properties.codeAttemptsPerWindow();
        };
    }
}
