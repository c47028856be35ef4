package org.opensar.engine.pack;

import java.io.IOException;
import java.nio.file.Path;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/** The verified bundle in an AES-256 zip: the option for councils whose requesters use 7-Zip or similar. */
final class EncryptedZip {

    private EncryptedZip() {}

    static void write(Path bundle, Path target, char[] password) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        try (ZipFile file = new ZipFile(target.toFile(), password)) {
            file.addFile(bundle.toFile(), parameters);
        }
    }
}
