package org.opensar.server.platform;

/**
 * Encryption at rest with the server's data key ({@code OPENSAR_UPLOAD_KEY}): AES-256-GCM, a random nonce per call,
 * and associated data naming what is sealed, so a ciphertext moved to another row or file does not decrypt. Used for
 * the identity documents requesters upload and for disclosure bundles prepared for release ({@link EncryptedFiles}).
 */
public interface AtRestEncryption {

    /** The nonce and the ciphertext (with its tag). */
    record Sealed(byte[] nonce, byte[] ciphertext) {}

    Sealed encrypt(byte[] plain, String associatedData);

    /** The plain bytes; throws when the ciphertext, its tag or the associated data is not the one sealed. */
    byte[] decrypt(Sealed sealed, String associatedData);
}
