package org.opensar.engine.pack;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The password that opens a delivery package: 24 characters in groups of four from an alphabet without look-alikes
 * (no 0/O, 1/I/l), easy to read out on the phone; about 119 bits. Only a salted PBKDF2 hash is ever kept.
 */
final class DeliveryPassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int ITERATIONS = 210_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** What the delivery record keeps instead of the password. */
    record Hash(String algorithm, int iterations, String salt, String hash) {}

    private DeliveryPassword() {}

    static char[] generate(SecureRandom random) {
        char[] password = new char[29];
        for (int i = 0, group = 0; i < password.length; i++) {
            if (group == 4) {
                password[i] = '-';
                group = 0;
            } else {
                password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                group++;
            }
        }
        return password;
    }

    static Hash hash(char[] password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new Hash(
                ALGORITHM,
                ITERATIONS,
                Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS)));
    }

    static boolean matches(char[] password, Hash hash) {
        byte[] expected = Base64.getDecoder().decode(hash.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(hash.salt()), hash.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
