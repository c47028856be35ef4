package org.opensar.server.casework;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.server.clock.Clocks;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.staff.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: the request list by due date, recording a request, and the request page with its actions. */
@Controller
class RequestPages {

    private final Casework casework;
    private final Clocks clocks;
    private final Validator validator;
    private final Clock clock;

    RequestPages(Casework casework, Clocks clocks, Validator validator, Clock clock) {
        this.casework = casework;
        this.clocks = clocks;
        this.validator = validator;
        this.clock = clock;
    }

    /** A row of the list, with how urgent it is. */
    record Row(InformationRequest request, RequestDeadline deadline, Urgency urgency) {}

    /** Overdue, due within five working days, or neither. */
    enum Urgency {
        OVERDUE,
        DUE_SOON,
        ON_TRACK,
        CLOSED
    }

    /** Requests shown on one page of the list: enough for a morning's work, few enough to stay fast. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/requests")
    String list(
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int from = Math.max(page, 0);
        long offset = (long) from * PAGE_SIZE;
        List<InformationRequest> requests =
                offset > Integer.MAX_VALUE ? List.of() : casework.list(status, (int) offset, PAGE_SIZE + 1);
        if (requests.isEmpty() && from > 0) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The list of requests has no page " + (from + 1L) + ": it is shorter.");
        }
        model.addAttribute("page", from);
        model.addAttribute("more", requests.size() > PAGE_SIZE);
        List<Row> rows = requests.subList(0, Math.min(requests.size(), PAGE_SIZE)).stream()
                .map(r -> {
                    RequestDeadline deadline = casework.deadline(r);
                    return new Row(r, deadline, urgency(r, deadline));
                })
                .sorted(Comparator.comparing((Row row) -> row.urgency() == Urgency.CLOSED)
                        .thenComparing(
                                row -> row.deadline().sortDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("status", status);
        return "requests/list";
    }

    @GetMapping("/requests/new")
    String newRequest(Model model) {
        model.addAttribute("form", RequestForm.blank(LocalDate.now(clock)));
        return formPage(model, Map.of());
    }

    @PostMapping("/requests")
    String create(
            @ModelAttribute("form") RequestForm form,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        NewRequest request = form.toNewRequest();
        Set<ConstraintViolation<NewRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            return formPage(model, errors);
        }
        InformationRequest created = casework.receive(request, Actor.of(authentication));
        redirect.addFlashAttribute("flash", "Request " + created.reference() + " recorded.");
        return "redirect:/requests/" + created.reference();
    }

    @GetMapping("/requests/{reference}")
    String show(@PathVariable CaseReference reference, Authentication authentication, Model model) {
        InformationRequest request = casework.get(reference);
        model.addAttribute("request", request);
        model.addAttribute("deadline", casework.deadline(request));
        model.addAttribute("timeline", casework.timeline(reference));
        model.addAttribute("actions", casework.actionsFor(request, Actor.of(authentication)));
        model.addAttribute("today", LocalDate.now(clock));
        return "requests/show";
    }

    @PostMapping("/requests/{reference}/actions")
    String act(
            @PathVariable CaseReference reference,
            @RequestParam RequestAction action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) LocalDate on,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            casework.act(reference, new ActionInput(action, reason, on), Actor.of(authentication));
            redirect.addFlashAttribute("flash", action.label() + ": done.");
        } catch (ActionNotAllowedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/requests/" + reference;
    }

    private String formPage(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("types", RequestType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("deliveries", Delivery.values());
        return "requests/new";
    }

    private Urgency urgency(InformationRequest request, RequestDeadline deadline) {
        if (request.status().closed()) {
            return Urgency.CLOSED;
        }
        LocalDate due = deadline.sortDate();
        if (due == null) {
            return Urgency.ON_TRACK;
        }
        if (due.isBefore(LocalDate.now(clock))) {
            return Urgency.OVERDUE;
        }
        return clocks.workingDaysUntil(due) <= 5 ? Urgency.DUE_SOON : Urgency.ON_TRACK;
    }
}
