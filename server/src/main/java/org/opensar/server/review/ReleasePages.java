package org.opensar.server.review;

import org.opensar.server.casework.ActionNotAllowedException;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.staff.Actor;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second-person check and the release pages. */
@Controller
class ReleasePages {

    private final QualityCheck qualityCheck;
    private final Release release;
    private final BundlePreparation preparation;
    private final Casework casework;
    private final Workbench workbench;

    ReleasePages(
            QualityCheck qualityCheck,
            Release release,
            BundlePreparation preparation,
            Casework casework,
            Workbench workbench) {
        this.qualityCheck = qualityCheck;
        this.preparation = preparation;
        this.workbench = workbench;
        this.release = release;
        this.casework = casework;
    }

    @GetMapping("/requests/{reference}/quality-check")
    String qualityCheck(@PathVariable CaseReference reference, Model model) {
        Workbench.OpenedCaseFile opened = workbench.open(reference);
        model.addAttribute("request", opened.request());
        model.addAttribute("summary", qualityCheck.summary(opened.caseFile()));
        return "review/quality-check";
    }

    @PostMapping("/requests/{reference}/quality-check")
    String decide(
            @PathVariable CaseReference reference,
            @RequestParam QualityCheckOutcome outcome,
            @RequestParam(required = false) String comments,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            if (outcome == QualityCheckOutcome.APPROVED) {
                qualityCheck.approve(reference, comments, Actor.of(authentication));
                redirect.addFlashAttribute("flash", "Approved for release.");
                return "redirect:/requests/" + reference + "/release";
            }
            qualityCheck.returnToOfficer(reference, comments, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Returned to the officer with your comments.");
        } catch (CaseFileRefusedException | ActionNotAllowedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/quality-check";
    }

    @GetMapping("/requests/{reference}/release")
    String releasePage(@PathVariable CaseReference reference, Model model) {
        model.addAttribute("request", casework.get(reference));
        model.addAttribute("preparation", preparation.of(reference).orElse(null));
        release.released(reference).ifPresent(r -> {
            model.addAttribute("release", r);
            model.addAttribute("passwordReleases", release.passwordReleases(r));
            model.addAttribute("passwordRequests", release.passwordRequests(r));
        });
        model.addAttribute("methods", PasswordReleaseMethod.values());
        return "review/release";
    }

    /** Starts preparing the bundle in the background; the release page then shows how far it has got. */
    @PostMapping("/requests/{reference}/release/preparation")
    String prepare(@PathVariable CaseReference reference, Authentication authentication, RedirectAttributes redirect) {
        try {
            preparation.prepare(reference, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "The bundle is being prepared: rendered, then verified.");
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/release";
    }

    /** How far the preparation has got, for the release page's own polling. */
    record PreparationProgress(
            PreparationState state, String label, int documents, int rendered, int percent, boolean stale) {

        static PreparationProgress of(BundlePreparation.Preparation preparation) {
            PreparedBundle bundle = preparation.bundle();
            return new PreparationProgress(
                    bundle.state(),
                    bundle.state().label(),
                    bundle.documents(),
                    bundle.rendered(),
                    bundle.percentRendered(),
                    preparation.stale());
        }
    }

    @GetMapping(path = "/requests/{reference}/release/preparation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<PreparationProgress> preparation(@PathVariable CaseReference reference) {
        return ResponseEntity.of(preparation.of(reference).map(PreparationProgress::of));
    }

    /** Releases and shows the password once, on this response only (never stored, never cached). */
    @PostMapping("/requests/{reference}/release")
    String releaseBundle(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) String recordedDelivery,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            Release.Released released = release.release(reference, recordedDelivery, Actor.of(authentication));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("request", casework.get(reference));
            model.addAttribute("release", released.record());
            model.addAttribute("password", new String(released.password()));
            java.util.Arrays.fill(released.password(), ' ');
            model.addAttribute("passwordReleases", java.util.List.of());
            model.addAttribute("passwordRequests", java.util.List.of());
            model.addAttribute("methods", PasswordReleaseMethod.values());
            model.addAttribute("preparation", null);
            return "review/release";
        } catch (CaseFileRefusedException | ActionNotAllowedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/requests/" + reference + "/release";
        }
    }

    @GetMapping("/requests/{reference}/release/package")
    ResponseEntity<Resource> download(@PathVariable CaseReference reference) {
        return PackageDownload.of(release.packageFile(reference));
    }

    /** Emails the password the officer noted at release, once it matches the kept hash, and records it. */
    @PostMapping("/requests/{reference}/release/email-password")
    String emailPassword(
            @PathVariable CaseReference reference,
            @RequestParam String password,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            release.emailPassword(reference, password.strip().toCharArray(), Actor.of(authentication));
            redirect.addFlashAttribute("flash", "The password was emailed to the requester's own address.");
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/release";
    }

    @PostMapping("/requests/{reference}/release/password-releases")
    String passwordReleased(
            @PathVariable CaseReference reference,
            @RequestParam PasswordReleaseMethod method,
            @RequestParam(required = false) String recipient,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            release.recordPasswordRelease(reference, method, recipient, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Password release recorded.");
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/release";
    }
}
