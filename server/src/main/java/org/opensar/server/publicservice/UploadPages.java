package org.opensar.server.publicservice;

import java.util.UUID;
import org.opensar.server.casework.CaseReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** For staff: the documents a requester uploaded to a request, decrypted only when opened, each opening audited. */
@Controller
class UploadPages {

    private final Uploads uploads;
    private final ApplicationEventPublisher events;

    UploadPages(Uploads uploads, ApplicationEventPublisher events) {
        this.uploads = uploads;
        this.events = events;
    }

    @GetMapping("/requests/{reference}/uploads")
    String list(@PathVariable CaseReference reference, Model model) {
        model.addAttribute("reference", reference.value());
        model.addAttribute("uploads", uploads.stored(reference));
        return "public/staff-uploads";
    }

    @GetMapping("/requests/{reference}/uploads/{id}")
    @Transactional
    ResponseEntity<byte[]> open(
            @PathVariable CaseReference reference, @PathVariable UUID id, Authentication authentication) {
        Uploads.Stored stored = uploads.stored(reference).stream()
                .filter(u -> u.id().equals(id))
                .findFirst()
                .orElse(null);
        if (stored == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] content = uploads.open(stored);
        events.publishEvent(
                new UploadOpened(authentication.getName(), reference.value(), "{\"upload\":\"" + id + "\"}"));
        String extension = switch (stored.mediaType()) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(reference.value() + "-" + id + "." + extension)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
