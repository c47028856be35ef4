package org.opensar.server.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.ActionNotAllowedException;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.staff.Actor;
import org.springframework.http.CacheControl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case file and review pages: attach, watch processing, review documents, add notes, send for checking. */
@Controller
class ReviewPages {

    static final int PAGE_SIZE = 50;

    private final CaseFiles caseFiles;
    private final Workbench workbench;
    private final Casework casework;
    private final PageImages images;
    private final CopyViews copies;

    ReviewPages(CaseFiles caseFiles, Workbench workbench, Casework casework, PageImages images, CopyViews copies) {
        this.caseFiles = caseFiles;
        this.workbench = workbench;
        this.casework = casework;
        this.images = images;
        this.copies = copies;
    }

    @GetMapping("/requests/{reference}/case-file")
    String caseFile(@PathVariable CaseReference reference, Authentication authentication, Model model) {
        var caseFile = caseFiles.forRequest(reference);
        boolean reviews = Actor.of(authentication).holds(org.opensar.server.staff.Role.IG_OFFICER);
        if (reviews && caseFile.isPresent() && caseFile.get().status() == CaseFileStatus.PROCESSED) {
            return "redirect:/requests/" + reference + "/review";
        }
        model.addAttribute("request", casework.get(reference));
        model.addAttribute("caseFile", caseFile.orElse(null));
        return "review/case-file";
    }

    /** The processing's progress for the page's own polling (signed in to the pages, not the API). */
    @GetMapping(path = "/requests/{reference}/case-file/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<CaseFileSummary> progress(@PathVariable CaseReference reference) {
        return ResponseEntity.of(caseFiles.forRequest(reference));
    }

    @PostMapping("/requests/{reference}/case-file")
    String upload(
            @PathVariable CaseReference reference,
            @RequestParam("file") MultipartFile file,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose the case file's .zip to upload.");
            return "redirect:/requests/" + reference + "/case-file";
        }
        try (InputStream in = file.getInputStream()) {
            caseFiles.attachUpload(reference, in, file.getSize(), Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Case file attached: processing has started.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/case-file";
    }

    @PostMapping("/requests/{reference}/case-file/folder")
    String attachFolder(
            @PathVariable CaseReference reference,
            @RequestParam String folder,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            caseFiles.attachServerFolder(reference, folder, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Case file attached: processing has started.");
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/case-file";
    }

    @GetMapping("/requests/{reference}/review")
    String review(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) Disposition disposition,
            @RequestParam(defaultValue = "false") boolean needsReview,
            @RequestParam(defaultValue = "false") boolean hasRedactions,
            @RequestParam(required = false) ReasonCode kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Workbench.OpenedCaseFile opened = workbench.open(reference);
        CaseFileSummary caseFile = opened.caseFile();
        if (caseFile.status() != CaseFileStatus.PROCESSED) {
            return "redirect:/requests/" + reference + "/case-file";
        }
        ReviewFilter filter = new ReviewFilter(disposition, needsReview, hasRedactions, kind, from, to);
        long offset = (long) Math.max(page, 0) * PAGE_SIZE;
        List<ReviewDocument> documents = offset > Integer.MAX_VALUE
                ? List.of()
                : workbench.documents(caseFile, filter, (int) offset, PAGE_SIZE + 1);
        model.addAttribute("request", opened.request());
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("filter", filter);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("more", documents.size() > PAGE_SIZE);
        model.addAttribute("documents", documents.subList(0, Math.min(documents.size(), PAGE_SIZE)));
        model.addAttribute("counts", workbench.counts(caseFile));
        model.addAttribute("progress", workbench.progress(caseFile));
        model.addAttribute("notes", workbench.caseNotes(caseFile));
        model.addAttribute("editable", opened.editable());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("kinds", ReasonCode.values());
        return "review/index";
    }

    @GetMapping("/requests/{reference}/review/documents/{id}")
    String document(@PathVariable CaseReference reference, @PathVariable long id, Model model) {
        Workbench.OpenedCaseFile opened = workbench.open(reference);
        model.addAttribute("request", opened.request());
        model.addAttribute("view", workbench.document(opened.caseFile(), id));
        model.addAttribute("progress", workbench.progress(opened.caseFile()));
        model.addAttribute("editable", opened.editable());
        model.addAttribute("types", PersonalDataType.values());
        model.addAttribute("exemptions", RedactionReason.exemptions());
        model.addAttribute(
                "reasons",
                Arrays.stream(ReasonCode.values())
                        .filter(r -> r.disposition() != Disposition.REVIEW || r == ReasonCode.UNCERTAIN)
                        .toList());
        return "review/document";
    }

    /** A document removed as a copy beside the document it copies, what differs marked. */
    @GetMapping("/requests/{reference}/review/documents/{id}/copy")
    String copy(@PathVariable CaseReference reference, @PathVariable long id, Model model) {
        Workbench.OpenedCaseFile opened = workbench.open(reference);
        model.addAttribute("request", opened.request());
        model.addAttribute(
                "view",
                copies.of(
                        opened.caseFile(), workbench.document(opened.caseFile().id(), id)));
        return "review/copy";
    }

    @GetMapping("/requests/{reference}/review/documents/{id}/pages/{page}.png")
    ResponseEntity<byte[]> pageImage(
            @PathVariable CaseReference reference, @PathVariable long id, @PathVariable int page) {
        CaseFileSummary caseFile = workbench.caseFile(reference);
        return images.page(
                        Path.of(caseFile.folder()),
                        workbench.document(caseFile.id(), id).file(),
                        page)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore())
                        .body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    /** Where the page's redactions are on its image, for the viewer's script to mark them. */
    @GetMapping(
            path = "/requests/{reference}/review/documents/{id}/pages/{page}/marks",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<PageImages.PageMark> pageMarks(
            @PathVariable CaseReference reference, @PathVariable long id, @PathVariable int page) {
        CaseFileSummary caseFile = workbench.caseFile(reference);
        return images.marks(Path.of(caseFile.folder()), workbench.document(caseFile, id), page);
    }

    @PostMapping("/requests/{reference}/review/redactions/{id}")
    String decide(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam RedactionStatus decision,
            @RequestParam(defaultValue = "false") boolean everyMention,
            Authentication authentication,
            RedirectAttributes redirect) {
        long document = workbench.redaction(reference, id).documentId();
        try {
            if (everyMention) {
                int decided = workbench.decideEveryMention(reference, id, decision, Actor.of(authentication));
                redirect.addFlashAttribute(
                        "flash", decision.label() + ": " + decided + " mentions across the case file.");
            } else {
                workbench.decide(reference, id, decision, Actor.of(authentication));
            }
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review/documents/" + document + "#redaction-" + id;
    }

    @PostMapping("/requests/{reference}/review/documents/{id}/redactions")
    String addRedaction(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam int start,
            @RequestParam int end,
            @RequestParam PersonalDataType type,
            @RequestParam(required = false) RedactionReason exemption,
            @RequestParam(required = false) String opinion,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            RedactionView added = workbench.addRedaction(
                    reference, id, new SelectedPassage(start, end, type, exemption, opinion), Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Redaction added: " + added.text());
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review/documents/" + id;
    }

    @PostMapping("/requests/{reference}/review/documents/{id}/disposition")
    String changeDisposition(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestParam ReasonCode reason,
            @RequestParam(required = false) String why,
            @RequestParam(required = false) String opinion,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            List<String> sharedText =
                    workbench.changeDisposition(reference, id, reason, why, opinion, Actor.of(authentication));
            redirect.addFlashAttribute(
                    "flash", "Decision changed to " + reason.disposition().label() + " (" + reason.label() + ").");
            if (!sharedText.isEmpty()) {
                redirect.addFlashAttribute("problem", String.join(" ", sharedText));
            }
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review/documents/" + id;
    }

    @PostMapping("/requests/{reference}/review/notes")
    String addNote(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) Long document,
            @RequestParam String text,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            workbench.addNote(reference, document, text, Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Note added.");
        } catch (CaseFileRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return document == null
                ? "redirect:/requests/" + reference + "/review"
                : "redirect:/requests/" + reference + "/review/documents/" + document;
    }

    @PostMapping("/requests/{reference}/review/send-for-checking")
    String sendForChecking(
            @PathVariable CaseReference reference, Authentication authentication, RedirectAttributes redirect) {
        try {
            casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), Actor.of(authentication));
            redirect.addFlashAttribute("flash", "Sent to an IG manager for the second-person check.");
        } catch (ActionNotAllowedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference + "/review";
    }
}
