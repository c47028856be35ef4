package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a bundle that passed verification, kept beside it as {@code bundle.pdf.sha256} in the form
 * {@code sha256sum -c} reads. Whatever seals the bundle for delivery checks it first, so a bundle changed after the
 * verifier passed it (or one the verifier never saw) is never sent.
 */
public final class BundleDigest {

    public static final String FILE = DisclosureBundleWriter.BUNDLE + ".sha256";

    private BundleDigest() {}

    /** Records the verified bundle's digest beside it. */
    static void record(Path bundle) throws IOException {
        Files.writeString(
                digestOf(bundle), sha256(bundle) + "  " + bundle.getFileName() + "\n", StandardCharsets.US_ASCII);
    }

    /** Removes a digest left by an earlier bundle, so it cannot vouch for the next one. */
    static void forget(Path bundle) throws IOException {
        Files.deleteIfExists(digestOf(bundle));
    }

    /** True when the bundle is byte for byte the one whose digest was recorded when it verified clean. */
    public static boolean matches(Path bundle) throws IOException {
        Path digest = digestOf(bundle);
        if (!Files.isRegularFile(bundle) || !Files.isRegularFile(digest)) {
            return false;
        }
        String recorded = Files.readString(digest, StandardCharsets.US_ASCII).strip();
        int space = recorded.indexOf(' ');
        return space > 0
                && MessageDigest.isEqual(
                        recorded.substring(0, space).getBytes(StandardCharsets.US_ASCII),
                        sha256(bundle).getBytes(StandardCharsets.US_ASCII));
    }

    /** The SHA-256 of a file, in lower-case hex, read as a stream (a bundle can be hundreds of megabytes). */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path digestOf(Path bundle) {
        return bundle.resolveSibling(bundle.getFileName() + ".sha256");
    }
}
