package org.opensar.server.review;

import java.nio.file.Path;
import org.opensar.engine.pack.DeliveryFormat;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An encrypted package as a download, for staff and for the requester alike: {@code REF.pdf} as a PDF, {@code REF.zip}
 * as a zip, never cached on the way.
 */
public final class PackageDownload {

    private PackageDownload() {}

    public static ResponseEntity<Resource> of(Path sealed) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        DeliveryFormat.ofPackageFile(sealed.getFileName().toString())
                                .mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(sealed.getFileName().toString())
                                .build()
                                .toString())
                .body(new FileSystemResource(sealed));
    }
}
