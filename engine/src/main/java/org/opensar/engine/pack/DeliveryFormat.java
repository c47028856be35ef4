package org.opensar.engine.pack;

import java.util.Locale;

/**
 * How a verified bundle is sealed for the requester. Both are AES-256 with a password given separately; they differ in
 * what the requester needs to open them. The encrypted PDF is the default because every phone and computer opens it
 * with what it already has; the zip needs 7-Zip or similar, since the zip support built into Windows and phones does
 * not read AES.
 */
public enum DeliveryFormat {
    ENCRYPTED_PDF(
            "pdf",
            "application/pdf",
            "PDF 2.0, AES-256 (V5, R6, AESV3)",
            "PDF file",
            "It is a PDF file with a password. Open it in any PDF reader on your phone or computer."
                    + " It will ask for the password we give you separately."),
    ENCRYPTED_ZIP(
            "zip",
            "application/zip",
            "ZIP, AES-256",
            "zip file",
            "It is a zip file with a password. To open it, you need a free program called 7-Zip, or one like it:"
                    + " the zip tool that comes with Windows or your phone cannot open it."
                    + " It will ask for the password we give you separately.");

    private final String option;
    private final String mediaType;
    private final String encryption;
    private final String label;
    private final String howToOpen;

    DeliveryFormat(String option, String mediaType, String encryption, String label, String howToOpen) {
        this.option = option;
        this.mediaType = mediaType;
        this.encryption = encryption;
        this.label = label;
        this.howToOpen = howToOpen;
    }

    /** The format named as on the command line or in OPENSAR_DELIVERY_FORMAT: {@code pdf} or {@code zip}. */
    public static DeliveryFormat of(String option) {
        String given = option == null ? "" : option.strip().toLowerCase(Locale.ROOT);
        for (DeliveryFormat format : values()) {
            if (format.option.equals(given)
                    || format.name().toLowerCase(Locale.ROOT).equals(given)) {
                return format;
            }
        }
        throw new IllegalArgumentException("the delivery format is pdf or zip, not '" + option + "'");
    }

    /** The format of a package file, from its extension. */
    public static DeliveryFormat ofPackageFile(String fileName) {
        for (DeliveryFormat format : values()) {
            if (fileName.toLowerCase(Locale.ROOT).endsWith("." + format.option)) {
                return format;
            }
        }
        throw new IllegalArgumentException(fileName + " is not a delivery package (.pdf or .zip)");
    }

    /** {@code pdf} or {@code zip}: the command-line option and the file's extension. */
    public String option() {
        return option;
    }

    /** The package's file name for a case reference: {@code REF.pdf} or {@code REF.zip}. */
    public String fileName(String reference) {
        String safe = reference == null ? "" : reference.replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.isBlank() ? "bundle" : safe) + "." + option;
    }

    /** The media type the package is downloaded as. */
    public String mediaType() {
        return mediaType;
    }

    /** The encryption, as delivery.json records it. */
    public String encryption() {
        return encryption;
    }

    /** What the requester is given, in a few words: "PDF file", "zip file". */
    public String label() {
        return label;
    }

    /** How the requester opens it, in plain words, for the email and their own page. */
    public String howToOpen() {
        return howToOpen;
    }
}
