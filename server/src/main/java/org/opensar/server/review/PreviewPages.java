package org.opensar.server.review;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.staff.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Previews of the bundle and of one document, as the decisions stand: sent to the browser to show (inline, never
 * cached), or, when the bundle would not pass verification, a page saying what verification found.
 */
@Controller
class PreviewPages {

    private final BundlePreview previews;
    private final Casework casework;

    PreviewPages(BundlePreview previews, Casework casework) {
        this.previews = previews;
        this.casework = casework;
    }

    @GetMapping("/requests/{reference}/preview")
    ModelAndView bundle(
            @PathVariable CaseReference reference,
            Authentication authentication,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try (BundlePreview.Preview preview = previews.bundle(reference, Actor.of(authentication))) {
            return show(reference, preview, response, null);
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return new ModelAndView("redirect:/requests/" + reference + "/case-file");
        }
    }

    @GetMapping("/requests/{reference}/review/documents/{id}/preview")
    ModelAndView document(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            Authentication authentication,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try (BundlePreview.Preview preview = previews.document(reference, id, Actor.of(authentication))) {
            return show(reference, preview, response, id);
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return new ModelAndView("redirect:/requests/" + reference + "/review/documents/" + id);
        }
    }

    /** Sends the preview's PDF, or the page of what verification found; null when the response is written. */
    private ModelAndView show(
            CaseReference reference, BundlePreview.Preview preview, HttpServletResponse response, Long document)
            throws IOException {
        if (!preview.shown()) {
            ModelAndView page = new ModelAndView("review/preview-refused");
            page.addObject("request", casework.get(reference));
            page.addObject("findings", preview.findings());
            page.addObject("document", document);
            return page;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(preview.fileName()).build().toString());
        response.setContentLengthLong(Files.size(preview.pdf()));
        Files.copy(preview.pdf(), response.getOutputStream());
        response.flushBuffer();
        return null;
    }
}
