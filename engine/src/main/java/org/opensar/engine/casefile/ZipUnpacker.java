package org.opensar.engine.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Unpacks a zipped case file into a fresh temporary folder, refusing zip-slip paths and zip bombs. The ratio of a
 * zip bomb is measured on the bytes actually read and inflated (Commons Compress counts them), never on the sizes
 * the central directory claims: a bomb whose directory claims a large compressed size passed that check before.
 */
final class ZipUnpacker {

    private static final long RATIO_EXEMPT_BYTES = 1 << 20;

    private final ZipLimits limits;

    ZipUnpacker(ZipLimits limits) {
        this.limits = limits;
    }

    Path unpack(Path zip) {
        try {
            return unpack(zip, Files.createTempDirectory("opensar-case-"));
        } catch (IOException e) {
            throw new CaseFileException("cannot create a folder to unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks {@code zip} into the folder {@code target} (created if missing; removed again on failure). Every folder
     * and file unpacked is its owner's only (0700, 0600): a case file is someone's childhood.
     */
    Path unpack(Path zip, Path target) {
        try {
            OwnerOnly.createFolders(target);
        } catch (IOException e) {
            throw new CaseFileException("cannot create a folder to unpack " + zip + ": " + e.getMessage(), e);
        }
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            unpackEntries(archive, target);
            return target;
        } catch (IOException | RuntimeException e) {
            CaseFile.deleteTree(target);
            if (e instanceof CaseFileException c) {
                throw c;
            }
            throw new CaseFileException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    private void unpackEntries(ZipFile archive, Path target) throws IOException {
        long total = 0;
        int count = 0;
        Enumeration<ZipArchiveEntry> entries = archive.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                throw new CaseFileException("zip has more than " + limits.maxEntries() + " entries");
            }
            Path out = target.resolve(entry.getName()).normalize();
            if (!out.startsWith(target) || out.equals(target)) {
                throw new CaseFileException("zip entry points outside the case folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                OwnerOnly.createFolders(out);
                continue;
            }
            if (!readable(archive, entry)) {
                throw new CaseFileException("zip entry " + entry.getName()
                        + " is encrypted or compressed in a way OpenSAR does not read (only stored or deflated)");
            }
            OwnerOnly.createFolders(out.getParent());
            try (InputStream in = archive.getInputStream(entry);
                    OutputStream os = OwnerOnly.newFile(out)) {
                total += copy(in, os, entry, limits.maxTotalBytes() - total);
            }
        }
    }

    private static boolean readable(ZipFile archive, ZipArchiveEntry entry) {
        ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
        return (method == ZipMethod.STORED || method == ZipMethod.DEFLATED) && archive.canReadEntryData(entry);
    }

    private long copy(InputStream in, OutputStream out, ZipArchiveEntry entry, long remaining) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            written += n;
            if (written > remaining) {
                throw new CaseFileException("zip unpacks to more than " + limits.maxTotalBytes() + " bytes");
            }
            if (written > RATIO_EXEMPT_BYTES && written / packedSoFar(in, written) > limits.maxRatio()) {
                throw new CaseFileException("zip entry " + entry.getName() + " expands more than " + limits.maxRatio()
                        + " times: refused as a possible zip bomb");
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    /** The compressed bytes read so far for this entry; a stored entry's are the bytes written. */
    private static long packedSoFar(InputStream in, long written) {
        return Math.max(1, in instanceof InputStreamStatistics statistics ? statistics.getCompressedCount() : written);
    }
}
