package org.opensar.engine.pack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opensar.engine.render.BundleDigest;
import org.opensar.engine.render.DisclosureBundleWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a verified disclosure bundle for delivery in OUT_DIR/delivery/: an AES-256 encrypted PDF (the default) or an
 * AES-256 zip ({@link DeliveryFormat}), with a generated password that is handed back once and kept nowhere but as a
 * salted hash in delivery.json, beside a print-ready postal delivery record. Refuses a bundle whose redaction log does
 * not say it verified clean, or that is not byte for byte the bundle that did ({@link BundleDigest}). Used by
 * {@code bin/opensar package} and by the server's release.
 */
public final class DeliveryPackager {

    static final String DELIVERY_FOLDER = "delivery";
    static final String DELIVERY_RECORD = "delivery.json";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SecureRandom random;

    public DeliveryPackager(SecureRandom random) {
        this.random = random;
    }

    /** The bundle in OUT_DIR is missing, did not verify clean, or is not the bundle that did: it is not packaged. */
    public static final class NotVerifiedException extends IOException {
        private static final long serialVersionUID = 1L;

        NotVerifiedException(String message) {
            super(message);
        }
    }

    /**
     * The sealed package: its format and file, delivery.json, the postal record, the password hash kept, and the
     * password itself, which the caller shows once and then forgets.
     */
    public record Sealed(
            DeliveryFormat format,
            Path packageFile,
            Path deliveryRecord,
            Path postalRecord,
            String sha256,
            PasswordHash hash,
            char[] password) {

        /** Overwrites the password in memory once it has been shown. */
        public void forgetPassword() {
            Arrays.fill(password, ' ');
        }
    }

    /** The salted PBKDF2 hash kept instead of a password. */
    public record PasswordHash(String algorithm, int iterations, String salt, String hash) {}

    /**
     * Seals OUT_DIR/bundle.pdf in {@code format}; {@code recordedDelivery} is the postal recorded-delivery reference,
     * if any, and {@code requesterEmail} the only address the password may later be emailed to, if any.
     */
    public Sealed seal(
            Path out,
            String reference,
            DeliveryFormat format,
            Optional<String> recordedDelivery,
            Optional<String> requesterEmail)
            throws IOException {
        Path bundle = out.resolve(DisclosureBundleWriter.BUNDLE);
        if (!Files.isRegularFile(bundle) || !verifiedClean(out.resolve(DisclosureBundleWriter.LOG))) {
            throw new NotVerifiedException("no verified bundle in " + out);
        }
        if (!BundleDigest.matches(bundle)) {
            throw new NotVerifiedException("the bundle in " + out + " is not the one that verified clean (its SHA-256"
                    + " is not the one recorded in " + BundleDigest.FILE + ")");
        }
        char[] password = DeliveryPassword.generate(random);
        try {
            Path delivery = Files.createDirectories(out.resolve(DELIVERY_FOLDER));
            // an earlier package of this bundle, in either format, and its record go: only the new one may be sent
            for (DeliveryFormat any : DeliveryFormat.values()) {
                Files.deleteIfExists(delivery.resolve(any.fileName(reference)));
            }
            Files.deleteIfExists(delivery.resolve(DELIVERY_RECORD));
            Path sealed = delivery.resolve(format.fileName(reference));
            switch (format) {
                case ENCRYPTED_PDF -> EncryptedPdf.write(bundle, sealed, password, random);
                case ENCRYPTED_ZIP -> EncryptedZip.write(bundle, sealed, password);
            }
            Path sheet = delivery.resolve("postal-delivery-record.pdf");
            PostalCoverSheet.write(sheet, reference, recordedDelivery.orElse(""), pages(bundle));
            DeliveryPassword.Hash hash = DeliveryPassword.hash(password, random);
            String sha256 = BundleDigest.sha256(sealed);
            DeliveryRecord record = new DeliveryRecord(
                    reference,
                    Instant.now(),
                    format,
                    sealed.getFileName().toString(),
                    sha256,
                    format.encryption(),
                    hash,
                    false,
                    DeliveryRecord.RELEASE_ROUTES,
                    requesterEmail.orElse(null),
                    List.of(),
                    new DeliveryRecord.Postal(
                            true,
                            recordedDelivery.orElse(null),
                            sheet.getFileName().toString()));
            Path recordFile = delivery.resolve(DELIVERY_RECORD);
            JSON.writeValue(recordFile.toFile(), record);
            return new Sealed(
                    format,
                    sealed,
                    recordFile,
                    sheet,
                    sha256,
                    new PasswordHash(hash.algorithm(), hash.iterations(), hash.salt(), hash.hash()),
                    password);
        } catch (IOException | RuntimeException e) {
            Arrays.fill(password, ' ');
            throw e;
        }
    }

    /** True when {@code password} is the one whose hash was kept. */
    public static boolean matches(char[] password, PasswordHash kept) {
        return DeliveryPassword.matches(
                password, new DeliveryPassword.Hash(kept.algorithm(), kept.iterations(), kept.salt(), kept.hash()));
    }

    private static boolean verifiedClean(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(log)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (row.get("type").equals("verification")) {
                    return row.get("reason code").equals("VERIFIED_CLEAN");
                }
            }
        }
        return false;
    }

    private static int pages(Path bundle) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bundle.toFile())) {
            return pdf.getNumberOfPages();
        }
    }
}
