package org.opensar.server.publicservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.ActionNotAllowedException;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.identity.EvidenceKind;
import org.opensar.server.identity.EvidenceType;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.review.CaseFileRefusedException;
import org.opensar.server.review.PackageDownload;
import org.opensar.server.review.Release;
import org.opensar.server.staff.Actor;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester's own page: sign in with the reference and a one-time code sent to the request's email address;
 * see the status and due date; answer a question from the council (through the lifecycle, so the clock starts
 * again the right way); send identity and authority documents, which an officer checks before they count. The
 * response itself is released by issue #6.
 */
@Controller
class RequesterPages {

    private static final String PENDING = "opensar.public.pending-reference";
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6}");

    private final Casework casework;
    private final IdentityVerification identity;
    private final OneTimeCodes codes;
    private final Uploads uploads;
    private final RateLimits limits;
    private final PublicProperties properties;
    private final Clock clock;
    private final Release release;

    RequesterPages(
            Casework casework,
            IdentityVerification identity,
            OneTimeCodes codes,
            Uploads uploads,
            RateLimits limits,
            PublicProperties properties,
            Clock clock,
            Release release) {
        this.release = release;
        this.casework = casework;
        this.identity = identity;
        this.codes = codes;
        this.uploads = uploads;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/public/your-request")
    String page(HttpSession session, Model model) {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(session);
        if (signedIn.isEmpty()) {
            return "public/sign-in";
        }
        InformationRequest request = casework.get(signedIn.get());
        RequestDeadline deadline = casework.deadline(request);
        model.addAttribute("request", request);
        model.addAttribute("received", PublicDates.longDate(request.receivedOn()));
        model.addAttribute("due", PublicDates.longDate(deadline.due()));
        model.addAttribute("stopped", deadline.stoppedSince() != null);
        model.addAttribute("question", request.openClarification().orElse(null));
        if (request.type().subjectAccess()) {
            model.addAttribute("identity", progress(signedIn.get()));
        }
        release.forRequester(signedIn.get()).ifPresent(download -> {
            model.addAttribute("download", download);
            model.addAttribute(
                    "downloadUntil", PublicDates.longDate(LocalDate.ofInstant(download.expiresAt(), clock.getZone())));
        });
        return "public/your-request";
    }

    /** The encrypted package (PDF or zip), for the signed-in requester only, until the download expires. */
    @GetMapping("/public/your-request/download")
    ResponseEntity<Resource> download(HttpSession session) {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(session);
        if (signedIn.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/public/your-request"))
                    .build();
        }
        try {
            return PackageDownload.of(release.requesterPackage(signedIn.get()));
        } catch (CaseFileRefusedException e) {
            throw new DownloadGone(e.getMessage());
        }
    }

    /** An expired (or never released) download: 410 Gone and a page that says what to do, not an empty answer. */
    @ExceptionHandler(DownloadGone.class)
    @ResponseStatus(HttpStatus.GONE)
    String downloadGone(DownloadGone gone, Model model) {
        model.addAttribute("reason", gone.getMessage());
        return "public/download-gone";
    }

    static final class DownloadGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DownloadGone(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The requester asks for the package's password by email; an officer sends it to their own address. */
    @PostMapping("/public/your-request/password")
    String askForPassword(HttpSession session, RedirectAttributes redirect) {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(session);
        if (signedIn.isPresent() && release.released(signedIn.get()).isPresent()) {
            release.requestPasswordByEmail(signedIn.get());
            redirect.addFlashAttribute("passwordAsked", true);
        }
        return "redirect:/public/your-request";
    }

    @PostMapping("/public/your-request/sign-in")
    String askForCode(
            @RequestParam(defaultValue = "") String reference,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        String typed = reference.strip().toUpperCase(java.util.Locale.UK);
        if (!REFERENCE.matcher(typed).matches()) {
            model.addAttribute("error", "Enter your reference, like SAR-2026-000042");
            model.addAttribute("reference", reference);
            return "public/sign-in";
        }
        if (!limits.allow(RateLimits.Limit.CODE_REQUEST_PER_IP, http.getRemoteAddr())
                || !limits.allow(RateLimits.Limit.CODE_REQUEST_PER_REFERENCE, typed)) {
            return tooMany(response);
        }
        codes.send(new CaseReference(typed));
        http.getSession().setAttribute(PENDING, typed);
        return "redirect:/public/your-request/code";
    }

    @GetMapping("/public/your-request/code")
    String codePage(HttpSession session, Model model) {
        Object pending = session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/public/your-request";
        }
        model.addAttribute("reference", pending);
        return "public/code";
    }

    @PostMapping("/public/your-request/code")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        Object pending = http.getSession().getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/public/your-request";
        }
        if (!limits.allow(RateLimits.Limit.CODE_ATTEMPT_PER_IP, http.getRemoteAddr())) {
            return tooMany(response);
        }
        CaseReference reference = new CaseReference(pending.toString());
        if (!codes.check(reference, code)) {
            model.addAttribute("reference", pending);
            model.addAttribute("error", "The code is wrong or has expired. Check the email or ask for a new code");
            return "public/code";
        }
        http.getSession().removeAttribute(PENDING);
        RequesterSession.signIn(http, reference);
        return "redirect:/public/your-request";
    }

    @PostMapping("/public/your-request/sign-out")
    String signOut(HttpSession session) {
        session.invalidate();
        return "redirect:/public";
    }

    @PostMapping("/public/your-request/clarification")
    String answer(@RequestParam(defaultValue = "") String answer, HttpSession session, Model model) {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(session);
        if (signedIn.isEmpty()) {
            return "redirect:/public/your-request";
        }
        if (answer.isBlank() || answer.length() > 10_000) {
            model.addAttribute("answerError", "Enter your answer, in 10,000 characters or fewer");
            return page(session, model);
        }
        try {
            casework.act(
                    signedIn.get(),
                    new ActionInput(RequestAction.RECORD_CLARIFICATION_ANSWER, answer.strip(), LocalDate.now(clock)),
                    Actor.requester(signedIn.get().value()));
        } catch (ActionNotAllowedException e) {
            model.addAttribute("answerError", "We are no longer waiting for an answer to this question");
            return page(session, model);
        }
        return "redirect:/public/your-request?answered";
    }

    @GetMapping("/public/your-request/upload")
    String uploadPage(HttpSession session, Model model) {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(session);
        if (signedIn.isEmpty()) {
            return "redirect:/public/your-request";
        }
        return showUpload(signedIn.get(), null, Map.of(), model);
    }

    @PostMapping("/public/your-request/upload")
    String upload(
            @RequestParam(required = false) EvidenceType type,
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Optional<CaseReference> signedIn = RequesterSession.signedIn(http.getSession());
        if (signedIn.isEmpty()) {
            return "redirect:/public/your-request";
        }
        if (!limits.allow(RateLimits.Limit.UPLOAD_PER_IP, http.getRemoteAddr())) {
            return tooMany(response);
        }
        try {
            if (type == null) {
                throw new Uploads.Refused("Select what the document is");
            }
            if (file == null || file.isEmpty()) {
                throw new Uploads.Refused("Select a file");
            }
            uploads.receive(
                    signedIn.get(),
                    new Uploads.Described(
                            type,
                            date(fields, "documentDate"),
                            date(fields, "expiresOn"),
                            "yes".equals(fields.get("showsCurrentAddress"))),
                    file.getBytes());
            model.addAttribute("uploaded", type.label());
            model.addAttribute("identity", progress(signedIn.get()));
            model.addAttribute("request", casework.get(signedIn.get()));
            return "public/uploaded";
        } catch (Uploads.Refused e) {
            return showUpload(signedIn.get(), e.getMessage(), fields, model);
        }
    }

    static String tooMany(HttpServletResponse response) {
        response.setStatus(429);
        return "public/too-many";
    }

    private String showUpload(CaseReference reference, String error, Map<String, String> fields, Model model) {
        List<EvidenceType> types = Arrays.stream(EvidenceType.values())
                .filter(t -> t.kind() != EvidenceKind.NOT_ACCEPTED)
                .toList();
        model.addAttribute("reference", reference.value());
        model.addAttribute("types", types);
        model.addAttribute("error", error);
        model.addAttribute("fields", fields);
        model.addAttribute("maxMegabytes", properties.uploadMaxSize().toMegabytes());
        model.addAttribute("identity", progress(reference));
        return "public/upload";
    }

    /** Where the requester's proof of identity stands: confirmed only by an officer, documents being checked. */
    private IdentityProgress progress(CaseReference reference) {
        return IdentityProgress.of(identity.file(reference), uploads.stored(reference), clock.getZone());
    }

    private static LocalDate date(Map<String, String> fields, String id) {
        String day = fields.getOrDefault(id + "-day", "").strip();
        String month = fields.getOrDefault(id + "-month", "").strip();
        String year = fields.getOrDefault(id + "-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw new Uploads.Refused(
                    (id.equals("expiresOn") ? "The expiry date" : "The date on the document") + " must be a real date");
        }
    }
}
