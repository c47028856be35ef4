package org.opensar.server.cctv;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.opensar.engine.cctv.Box;
import org.opensar.engine.cctv.Obscuring;
import org.opensar.engine.cctv.RegionKind;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.staff.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One still: the picture with its boxes numbered, what the detector thought each is and why, the officer's decision
 * on each (obscure, the requester, no one), boxes the officer adds, solid or blurred, and the still as it will go out.
 */
@Controller
class StillPages {

    private final Casework casework;
    private final StillsDesk desk;

    StillPages(Casework casework, StillsDesk desk) {
        this.casework = casework;
        this.desk = desk;
    }

    @GetMapping("/requests/{reference}/cctv/stills/{id}")
    String still(@PathVariable CaseReference reference, @PathVariable long id, Model model) {
        StillRecord still = desk.get(reference, id);
        model.addAttribute("request", casework.get(reference));
        model.addAttribute("still", still);
        model.addAttribute("boxes", desk.boxes(still));
        model.addAttribute("decisions", BoxDecision.values());
        model.addAttribute("kinds", RegionKind.values());
        model.addAttribute("obscurings", Obscuring.values());
        return "cctv/still";
    }

    @GetMapping("/requests/{reference}/cctv/stills/{id}/picture.png")
    ResponseEntity<byte[]> picture(@PathVariable CaseReference reference, @PathVariable long id) {
        StillRecord still = desk.get(reference, id);
        return Pictures.response(
                StillsDesk.png(Pictures.annotated(desk.picture(still), desk.boxes(still))), "image/png");
    }

    @GetMapping("/requests/{reference}/cctv/stills/{id}/obscured.png")
    ResponseEntity<byte[]> obscured(@PathVariable CaseReference reference, @PathVariable long id) {
        return Pictures.response(StillsDesk.png(desk.obscured(desk.get(reference, id))), "image/png");
    }

    @PostMapping("/requests/{reference}/cctv/stills/{id}/boxes")
    String addBox(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam int x,
            @RequestParam int y,
            @RequestParam int width,
            @RequestParam int height,
            @RequestParam(defaultValue = "PERSON") RegionKind kind,
            Authentication authentication,
            RedirectAttributes redirect) {
        Box box;
        try {
            box = new Box(x, y, width, height);
        } catch (IllegalArgumentException e) {
            throw new CctvRefusedException("Give the box a width and a height in pixels.");
        }
        try {
            desk.addBox(reference, id, box, kind, Actor.of(authentication));
        } catch (IllegalArgumentException e) {
            throw new CctvRefusedException(e.getMessage());
        }
        redirect.addFlashAttribute("flash", "Box added: it will be obscured.");
        return "redirect:/requests/" + reference + "/cctv/stills/" + id;
    }

    /** Each box's decision comes as {@code box-ID=DECISION}. */
    @PostMapping("/requests/{reference}/cctv/stills/{id}/decisions")
    String decide(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) Obscuring obscuring,
            Authentication authentication,
            RedirectAttributes redirect) {
        Map<Long, BoxDecision> decisions = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("box-") && !value.isBlank()) {
                decisions.put(Long.parseLong(name.substring(4)), BoxDecision.valueOf(value));
            }
        });
        desk.decide(reference, id, decisions, obscuring, Actor.of(authentication));
        redirect.addFlashAttribute("flash", "Decisions saved.");
        return "redirect:/requests/" + reference + "/cctv/stills/" + id;
    }

    @PostMapping("/requests/{reference}/cctv/stills/{id}/remove")
    String remove(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            Authentication authentication,
            RedirectAttributes redirect) {
        desk.remove(reference, id, Actor.of(authentication));
        return CctvPages.done(reference, redirect, "The still was removed.");
    }

    @ExceptionHandler(CctvRefusedException.class)
    String refused(CctvRefusedException e, HttpServletRequest request, RedirectAttributes redirect) {
        return CctvPages.refusal(e, request, redirect);
    }
}
