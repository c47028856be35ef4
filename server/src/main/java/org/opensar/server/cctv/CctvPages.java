package org.opensar.server.cctv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.review.PackageDownload;
import org.opensar.server.staff.Actor;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A personal CCTV request's page: the preservation request and what came of it, the footage, the stills, and their
 * release. Officers and managers only: everything here shows what the footage holds.
 */
@Controller
class CctvPages {

    private final Casework casework;
    private final Preservation preservation;
    private final FootageLibrary library;
    private final StillsDesk desk;
    private final CctvRelease release;
    private final StillDetection detection;
    private final CctvProperties properties;
    private final Clock clock;

    CctvPages(
            Casework casework,
            Preservation preservation,
            FootageLibrary library,
            StillsDesk desk,
            CctvRelease release,
            StillDetection detection,
            CctvProperties properties,
            Clock clock) {
        this.casework = casework;
        this.preservation = preservation;
        this.library = library;
        this.desk = desk;
        this.release = release;
        this.detection = detection;
        this.properties = properties;
        this.clock = clock;
    }

    /** A still as the overview lists it: the still and its boxes. */
    record StillLine(StillRecord still, List<StillBox> boxes) {}

    @GetMapping("/requests/{reference}/cctv")
    String overview(@PathVariable CaseReference reference, Model model) {
        InformationRequest request = casework.get(reference);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("request", request);
        preservation.of(reference).ifPresent(p -> {
            model.addAttribute("preservation", p);
            model.addAttribute("daysLeft", p.daysLeft(today));
            model.addAttribute("overwriteSoon", p.daysLeft(today) <= properties.warningDays());
        });
        model.addAttribute("footage", library.of(reference));
        model.addAttribute(
                "stills",
                desk.of(reference).stream()
                        .map(s -> new StillLine(s, desk.boxes(s)))
                        .toList());
        model.addAttribute("unfinished", desk.unfinished(reference));
        model.addAttribute("release", release.released(reference).orElse(null));
        model.addAttribute("detectorMissing", detection.unavailable().orElse(null));
        return "cctv/overview";
    }

    @PostMapping("/requests/{reference}/cctv/preservation")
    String amend(
            @PathVariable CaseReference reference,
            @RequestParam String camera,
            @RequestParam String timeWindow,
            @RequestParam String description,
            Authentication authentication,
            RedirectAttributes redirect) {
        preservation.amend(reference, camera, timeWindow, description, Actor.of(authentication));
        return done(reference, redirect, "The corrected preservation request was sent to the control room.");
    }

    @PostMapping("/requests/{reference}/cctv/preservation/acknowledgement")
    String acknowledge(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) String controlRoomReference,
            Authentication authentication,
            RedirectAttributes redirect) {
        preservation.acknowledge(reference, controlRoomReference, Actor.of(authentication));
        return done(reference, redirect, "The control room's acknowledgement is recorded.");
    }

    @PostMapping("/requests/{reference}/cctv/preservation/preserved")
    String preserved(
            @PathVariable CaseReference reference,
            @RequestParam String preserved,
            Authentication authentication,
            RedirectAttributes redirect) {
        preservation.recordPreserved(reference, preserved, Actor.of(authentication));
        return done(reference, redirect, "What the control room preserved is recorded.");
    }

    @PostMapping("/requests/{reference}/cctv/footage")
    String upload(
            @PathVariable CaseReference reference,
            @RequestParam("file") MultipartFile file,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (file.isEmpty()) {
            throw new CctvRefusedException("Choose the footage file to upload (MP4 or MKV, H.264).");
        }
        try (InputStream in = file.getInputStream()) {
            FootageRecord footage = library.upload(reference, in, file.getOriginalFilename(), Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Footage uploaded: its timeline is being made.");
            return "redirect:/requests/" + reference + "/cctv/footage/" + footage.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/requests/{reference}/cctv/stills")
    String uploadStills(
            @PathVariable CaseReference reference,
            @RequestParam(name = "stills", required = false) List<MultipartFile> files,
            Authentication authentication,
            RedirectAttributes redirect) {
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw new CctvRefusedException("Choose the stills to upload (JPEG or PNG).");
        }
        List<UploadedStill> pictures = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try (InputStream in = file.getInputStream()) {
                pictures.add(UploadedStill.read(
                        file.getOriginalFilename(), in, properties.maxStill().toBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Long> made = desk.upload(reference, pictures, Actor.of(authentication));
        return done(
                reference,
                redirect,
                made.size() + (made.size() == 1 ? " still" : " stills")
                        + " uploaded, each with the detector's proposed boxes: mark the requester on each.");
    }

    @GetMapping("/requests/{reference}/cctv/footage/{id}")
    String timeline(@PathVariable CaseReference reference, @PathVariable UUID id, Model model) {
        FootageRecord footage = library.get(reference, id);
        model.addAttribute("request", casework.get(reference));
        model.addAttribute("footage", footage);
        model.addAttribute("timeline", library.timeline(footage));
        model.addAttribute(
                "chosen", desk.of(reference).stream().map(StillRecord::frame).toList());
        return "cctv/timeline";
    }

    @GetMapping("/requests/{reference}/cctv/footage/{id}/thumbnails/{frame}.jpg")
    ResponseEntity<byte[]> thumbnail(
            @PathVariable CaseReference reference, @PathVariable UUID id, @PathVariable long frame) {
        return library.thumbnail(library.get(reference, id), frame)
                .map(jpeg -> Pictures.response(jpeg, "image/jpeg"))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/requests/{reference}/cctv/footage/{id}/stills")
    String choose(
            @PathVariable CaseReference reference,
            @PathVariable UUID id,
            @RequestParam(name = "frame", required = false) List<Long> frames,
            Authentication authentication,
            RedirectAttributes redirect) {
        List<Long> made = desk.choose(reference, id, frames, Actor.of(authentication));
        return done(
                reference,
                redirect,
                made.size() + (made.size() == 1 ? " still" : " stills")
                        + " made, each with the detector's proposed boxes: mark the requester on each.");
    }

    @PostMapping("/requests/{reference}/cctv/send-for-checking")
    String sendForChecking(
            @PathVariable CaseReference reference, Authentication authentication, RedirectAttributes redirect) {
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), Actor.of(authentication));
        return done(reference, redirect, "Sent for checking: an IG manager releases the stills.");
    }

    @PostMapping("/requests/{reference}/cctv/check")
    String check(@PathVariable CaseReference reference, RedirectAttributes redirect) {
        List<CctvRelease.Unaccounted> found = release.check(reference);
        if (found.isEmpty()) {
            return done(reference, redirect, "The detector finds no one on the obscured stills but the requester.");
        }
        redirect.addFlashAttribute("problem", CctvRelease.describe(found));
        return "redirect:/requests/" + reference + "/cctv";
    }

    @PostMapping("/requests/{reference}/cctv/release")
    String release(@PathVariable CaseReference reference, Authentication authentication, Model model) {
        CctvRelease.Released released = release.release(reference, Actor.of(authentication));
        try {
            model.addAttribute("request", casework.get(reference));
            model.addAttribute("release", released.record());
            model.addAttribute("password", new String(released.password()));
            return "cctv/released";
        } finally {
            java.util.Arrays.fill(released.password(), ' ');
        }
    }

    @GetMapping("/requests/{reference}/cctv/release/package")
    ResponseEntity<Resource> download(@PathVariable CaseReference reference) {
        return PackageDownload.of(release.packageFile(reference));
    }

    @ExceptionHandler(CctvRefusedException.class)
    String refused(
            CctvRefusedException e, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        return refusal(e, request, redirect);
    }

    /** Back to the request's CCTV page, with why, in the officer's words. */
    static String refusal(
            CctvRefusedException e, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.getMessage());
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/requests/([A-Z0-9-]+)/cctv").matcher(request.getRequestURI());
        return m.find() ? "redirect:/requests/" + m.group(1) + "/cctv" : "redirect:/requests";
    }

    static String done(CaseReference reference, RedirectAttributes redirect, String flash) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/requests/" + reference + "/cctv";
    }
}
