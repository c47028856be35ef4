package org.opensar.engine.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records how a delivery package's password was given to the requester, as the council must be able to show: by
 * phone, or by email on the requester's request to the address recorded when the package was made, never to
 * another. Each release is appended to {@code delivery.json} with who gave it, to whom and when. The password itself
 * is never passed here. {@code bin/opensar package release} and the server both record releases through this class.
 */
public final class PasswordRelease {

    /** How the password went to the requester. */
    public enum Method {
        /** Read out on the phone, after checking who is speaking. */
        PHONE,
        /** Sent on the requester's request, in a separate email, to the address recorded with the package. */
        EMAIL
    }

    /** One release as kept in delivery.json. */
    public record Release(Method method, String to, String by, Instant at) {

        public Release {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(at, "at");
            if (to == null || to.isBlank()) {
                throw new IllegalArgumentException("to whom: the phone number called or the email address");
            }
            if (by == null || by.isBlank()) {
                throw new IllegalArgumentException("by whom: the officer who gave the password");
            }
            to = to.strip();
            by = by.strip();
        }
    }

    /** The release was not recorded, and the password must not be given that way; the message says why. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static final String FILE = "delivery.json";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Clock clock;

    public PasswordRelease(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends a release to {@code delivery/delivery.json} under {@code outDir}, dated now. Refuses when there is no
     * package there, or an email release goes to any address but the requester's recorded one.
     */
    public Release record(Path outDir, Method method, String to, String by) throws IOException, Refused {
        Path file = outDir.resolve("delivery").resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new Refused("no delivery package in " + outDir + ": run bin/opensar package first");
        }
        Release release = new Release(method, to, by, clock.instant());
        ObjectNode record = (ObjectNode) JSON.readTree(file.toFile());
        if (method == Method.EMAIL) {
            String recorded = record.path("requesterEmail").asString("");
            if (recorded.isBlank()) {
                throw new Refused("no email address was recorded for the requester when the package was made;"
                        + " give the password by phone");
            }
            if (!sameAddress(recorded, release.to())) {
                throw new Refused(
                        "the password goes by email only to the requester's recorded address, not to " + release.to());
            }
        }
        JsonNode releases = record.path("passwordReleases");
        ArrayNode list = releases instanceof ArrayNode array ? array : record.putArray("passwordReleases");
        ObjectNode entry = list.addObject();
        entry.put("method", release.method().name());
        entry.put("to", release.to());
        entry.put("by", release.by());
        entry.put("at", release.at().toString());
        record.put("passwordReleased", true);
        Path written = Files.createTempFile(file.getParent(), FILE, ".tmp");
        JSON.writeValue(written.toFile(), record);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        return release;
    }

    private static boolean sameAddress(String recorded, String given) {
        return recorded.strip().toLowerCase(Locale.ROOT).equals(given.strip().toLowerCase(Locale.ROOT));
    }
}
