package org.opensar.server.publicservice;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.identity.EvidenceKind;
import org.opensar.server.identity.EvidenceType;
import org.opensar.server.platform.PageProblems;
import org.opensar.server.staff.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For staff: the documents a requester sent, and an officer's check of each: the document shown in the page (never
 * downloaded), decrypted only when shown, each officer's first look audited; then accepted as evidence or rejected.
 */
@Controller
class UploadPages {

    private final Uploads uploads;
    private final UploadChecks checks;

    UploadPages(Uploads uploads, UploadChecks checks) {
        this.uploads = uploads;
        this.checks = checks;
    }

    @GetMapping("/requests/{reference}/uploads")
    String list(@PathVariable CaseReference reference, Model model) {
        model.addAttribute("reference", reference.value());
        model.addAttribute("uploads", uploads.stored(reference));
        return "public/staff-uploads";
    }

    @GetMapping("/requests/{reference}/uploads/{id}")
    String check(@PathVariable CaseReference reference, @PathVariable UUID id, Model model) {
        Uploads.Stored upload = upload(reference, id);
        model.addAttribute("reference", reference.value());
        model.addAttribute("upload", upload);
        model.addAttribute("pages", checks.pages(upload));
        model.addAttribute(
                "types",
                Arrays.stream(EvidenceType.values())
                        .filter(t -> t.kind() != EvidenceKind.NOT_ACCEPTED)
                        .toList());
        return "public/staff-upload";
    }

    @GetMapping("/requests/{reference}/uploads/{id}/content")
    ResponseEntity<byte[]> image(
            @PathVariable CaseReference reference, @PathVariable UUID id, Authentication authentication) {
        Uploads.Stored upload = upload(reference, id);
        return shown(checks.image(upload, Actor.of(authentication)), MediaType.parseMediaType(upload.mediaType()));
    }

    @GetMapping("/requests/{reference}/uploads/{id}/pages/{page}.png")
    ResponseEntity<byte[]> page(
            @PathVariable CaseReference reference,
            @PathVariable UUID id,
            @PathVariable int page,
            Authentication authentication) {
        return shown(checks.page(upload(reference, id), page, Actor.of(authentication)), MediaType.IMAGE_PNG);
    }

    @PostMapping("/requests/{reference}/uploads/{id}/accept")
    String accept(
            @PathVariable CaseReference reference,
            @PathVariable UUID id,
            @RequestParam EvidenceType type,
            @RequestParam(required = false) LocalDate documentDate,
            @RequestParam(required = false) LocalDate expiresOn,
            @RequestParam(defaultValue = "false") boolean showsCurrentAddress,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            checks.accept(
                    reference,
                    id,
                    new Uploads.Described(type, documentDate, expiresOn, showsCurrentAddress),
                    Actor.of(authentication));
            redirect.addFlashAttribute("flash", type.label() + " accepted as evidence.");
            return "redirect:/requests/" + reference + "/identity";
        } catch (Uploads.Refused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/requests/" + reference + "/uploads/" + id;
        }
    }

    @PostMapping("/requests/{reference}/uploads/{id}/reject")
    String reject(
            @PathVariable CaseReference reference,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            checks.reject(reference, id, reason, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Document rejected: the requester is told why.");
            return "redirect:/requests/" + reference + "/uploads";
        } catch (Uploads.Refused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/requests/" + reference + "/uploads/" + id;
        }
    }

    /** A page of a document that has none, say: not found, with the reason. */
    @ExceptionHandler(Uploads.Refused.class)
    String refused(Uploads.Refused e, HttpServletResponse response, Model model) {
        return PageProblems.show(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), response, model);
    }

    private Uploads.Stored upload(CaseReference reference, UUID id) {
        return uploads.stored(reference, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such document."));
    }

    /** Shown in the page, never cached, never offered as a file to save. */
    private static ResponseEntity<byte[]> shown(byte[] content, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().build().toString())
                .body(content);
    }
}
