package org.opensar.server.identity;

import java.time.Clock;
import java.time.LocalDate;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.staff.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request's identity page: evidence received, the rules' verdict in words, and forms to record more. */
@Controller
class IdentityPages {

    private final IdentityVerification verification;
    private final Casework casework;
    private final Clock clock;

    IdentityPages(IdentityVerification verification, Casework casework, Clock clock) {
        this.verification = verification;
        this.casework = casework;
        this.clock = clock;
    }

    @GetMapping("/requests/{reference}/identity")
    String show(@PathVariable CaseReference reference, Model model) {
        model.addAttribute("request", casework.get(reference));
        model.addAttribute("file", verification.file(reference));
        model.addAttribute("types", EvidenceType.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "identity/show";
    }

    @PostMapping("/requests/{reference}/identity/evidence")
    String record(
            @PathVariable CaseReference reference,
            @RequestParam EvidenceType type,
            @RequestParam(required = false) LocalDate documentDate,
            @RequestParam LocalDate receivedOn,
            @RequestParam(required = false) LocalDate expiresOn,
            @RequestParam(defaultValue = "false") boolean showsCurrentAddress,
            @RequestParam(required = false) String description,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            verification.record(
                    reference,
                    new EvidenceItem(
                            type,
                            documentDate,
                            receivedOn,
                            expiresOn,
                            showsCurrentAddress,
                            description == null || description.isBlank() ? null : description),
                    Actor.of(authentication));
            redirect.addFlashAttribute("flash", type.label() + " recorded.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/identity";
    }

    @PostMapping("/requests/{reference}/identity/decisions")
    String decide(
            @PathVariable CaseReference reference,
            @RequestParam OfficerDecision.Kind kind,
            @RequestParam String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            verification.decide(reference, kind, reason, null, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Decision recorded.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/identity";
    }
}
