package org.opensar.server.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** {@link AtRestEncryption} with AES-GCM: a random 96-bit nonce per call, a 128-bit tag. */
public class AesGcmEncryption implements AtRestEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmEncryption(SecretKey key) {
        this.key = key;
    }

    @Override
    public Sealed encrypt(byte[] plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, nonce, plain, associatedData));
    }

    @Override
    public byte[] decrypt(Sealed sealed, String associatedData) {
        return run(Cipher.DECRYPT_MODE, sealed.nonce(), sealed.ciphertext(), associatedData);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the data could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }
}
