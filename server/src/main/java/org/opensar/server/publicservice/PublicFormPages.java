package org.opensar.server.publicservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.clock.ClockFacts;
import org.opensar.server.clock.ClockKind;
import org.opensar.server.clock.Clocks;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.council.CouncilDetails;
import org.opensar.server.council.CouncilSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public forms, one question per page. Answers stay in the server-side session until "check your answers" is
 * submitted; then the request is received through casework and the person gets the confirmation with the reference.
 */
@Controller
class PublicFormPages {

    static final String SUBMITTED = "opensar.public.submitted";
    private static final String CHECK = "check-your-answers";

    private final Submissions submissions;
    private final Clocks clocks;
    private final RateLimits limits;
    private final CouncilSettings council;
    private final Clock clock;

    PublicFormPages(Submissions submissions, Clocks clocks, RateLimits limits, CouncilSettings council, Clock clock) {
        this.council = council;
        this.submissions = submissions;
        this.clocks = clocks;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/public")
    String start(Model model) {
        model.addAttribute("forms", PublicForm.values());
        return "public/start";
    }

    @GetMapping("/public/{slug}")
    String intro(@PathVariable String slug, Model model) {
        PublicForm form = form(slug);
        model.addAttribute("form", form);
        model.addAttribute("first", form.questions().get(0).id());
        CouncilDetails details = council.current();
        model.addAttribute("leavingCareEmail", details.leavingCareEmail());
        model.addAttribute("leavingCarePhone", details.leavingCarePhone());
        return "public/intro";
    }

    @GetMapping("/public/{slug}/{questionId}")
    String question(
            @PathVariable String slug,
            @PathVariable String questionId,
            @RequestParam(required = false) String change,
            HttpSession session,
            Model model) {
        PublicForm form = form(slug);
        Question question = form.question(questionId).orElseThrow(PublicFormPages::notFound);
        Map<String, String> answers = answers(session, form);
        String value = answers.getOrDefault(question.id(), "");
        return show(form, question, value, dateParts(question, value), null, change != null, answers, model);
    }

    @PostMapping("/public/{slug}/{questionId}")
    String answer(
            @PathVariable String slug,
            @PathVariable String questionId,
            @RequestParam Map<String, String> typed,
            HttpSession session,
            Model model) {
        PublicForm form = form(slug);
        Question question = form.question(questionId).orElseThrow(PublicFormPages::notFound);
        Map<String, String> answers = answers(session, form);
        boolean changing = typed.containsKey("change");
        Question.Checked checked = question.check(typed, LocalDate.now(clock));
        if (!checked.ok()) {
            return show(form, question, checked.value(), typed, checked.error(), changing, answers, model);
        }
        answers.put(question.id(), checked.value());
        if (form == PublicForm.CCTV && "CLAIM".equals(answers.get("purpose"))) {
            answers.remove("purpose");
            session.setAttribute(key(form), answers);
            return "redirect:/public/" + PublicForm.THIRD_PARTY_CCTV.slug();
        }
        // set again after every change: the session is written to the database from what is set, not what is read
        session.setAttribute(key(form), answers);
        if (form == PublicForm.THIRD_PARTY_CCTV && "PERSON".equals(answers.get("role"))) {
            return "redirect:/public/" + form.slug() + "/ask-your-insurer";
        }
        List<Question> shown = form.shown(answers);
        int at = shown.indexOf(question);
        for (Question next : shown.subList(at + 1, shown.size())) {
            if (!changing || next.required() && !answers.containsKey(next.id())) {
                return "redirect:/public/" + form.slug() + "/" + next.id() + (changing ? "?change=yes" : "");
            }
        }
        return "redirect:/public/" + form.slug() + "/" + CHECK;
    }

    @GetMapping("/public/cctv-for-a-claim/ask-your-insurer")
    String askYourInsurer() {
        return "public/ask-your-insurer";
    }

    @GetMapping("/public/{slug}/" + CHECK)
    String check(@PathVariable String slug, HttpSession session, Model model) {
        PublicForm form = form(slug);
        Map<String, String> answers = answers(session, form);
        String missing = unanswered(form, answers);
        if (missing != null) {
            return missing;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Question q : form.shown(answers)) {
            rows.add(Map.of("id", q.id(), "question", q.heading(), "answer", q.display(answers.get(q.id()))));
        }
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        List<Question> shown = form.shown(answers);
        model.addAttribute(
                "back",
                "/public/" + form.slug() + "/" + shown.get(shown.size() - 1).id());
        if (form == PublicForm.CCTV && answers.containsKey("footageDate")) {
            LocalDate recorded = LocalDate.parse(answers.get("footageDate"));
            LocalDate overwritten = clocks.deadline(new ClockFacts(
                            ClockKind.CCTV_SAR,
                            LocalDate.now(clock),
                            null,
                            null,
                            null,
                            List.of(),
                            false,
                            null,
                            recorded))
                    .footageOverwrittenOn();
            model.addAttribute("overwrittenOn", PublicDates.longDate(overwritten));
            model.addAttribute("alreadyOverwritten", overwritten.isBefore(LocalDate.now(clock)));
        }
        return "public/check";
    }

    @PostMapping("/public/{slug}/" + CHECK)
    String submit(
            @PathVariable String slug,
            HttpSession session,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        PublicForm form = form(slug);
        Map<String, String> answers = answers(session, form);
        String missing = unanswered(form, answers);
        if (missing != null) {
            return missing;
        }
        if (!limits.allow(RateLimits.Limit.FORM_PER_IP, http.getRemoteAddr())) {
            return RequesterPages.tooMany(response);
        }
        InformationRequest request = submissions.submit(form, answers);
        session.removeAttribute(key(form));
        session.setAttribute(SUBMITTED, request.reference().value());
        if (form.subjectAccess()) {
            // who has just made the request may send their evidence at once, without a code
            RequesterSession.signIn(http, request.reference());
        }
        return "redirect:/public/" + form.slug() + "/confirmation";
    }

    @GetMapping("/public/{slug}/confirmation")
    String confirmation(@PathVariable String slug, HttpSession session, Model model) {
        PublicForm form = form(slug);
        Object reference = session.getAttribute(SUBMITTED);
        if (reference == null) {
            return "redirect:/public/" + form.slug();
        }
        InformationRequest request = submissions.get(new CaseReference(reference.toString()));
        RequestDeadline deadline = submissions.deadline(request);
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("due", PublicDates.longDate(deadline.due()));
        model.addAttribute("dueAt", PublicDates.dateTime(deadline.dueAt()));
        model.addAttribute("overwrittenOn", PublicDates.longDate(deadline.footageOverwrittenOn()));
        return "public/confirmation";
    }

    private String show(
            PublicForm form,
            Question question,
            String value,
            Map<String, String> dateParts,
            String error,
            boolean changing,
            Map<String, String> answers,
            Model model) {
        List<Question> shown = form.shown(answers);
        int at = shown.indexOf(question);
        String back = changing
                ? "/public/" + form.slug() + "/" + CHECK
                : at <= 0
                        ? "/public/" + form.slug()
                        : "/public/" + form.slug() + "/" + shown.get(at - 1).id();
        model.addAttribute("form", form);
        model.addAttribute("question", question);
        model.addAttribute("value", value);
        model.addAttribute("day", dateParts.getOrDefault(question.id() + "-day", ""));
        model.addAttribute("month", dateParts.getOrDefault(question.id() + "-month", ""));
        model.addAttribute("year", dateParts.getOrDefault(question.id() + "-year", ""));
        model.addAttribute("error", error);
        model.addAttribute("changing", changing);
        model.addAttribute("back", back);
        return "public/question";
    }

    /** Where to go instead of "check your answers" when something must still be answered, or null. */
    private static String unanswered(PublicForm form, Map<String, String> answers) {
        if (form == PublicForm.THIRD_PARTY_CCTV && "PERSON".equals(answers.get("role"))) {
            return "redirect:/public/" + form.slug() + "/ask-your-insurer";
        }
        for (Question q : form.shown(answers)) {
            if (q.required() && !answers.containsKey(q.id())) {
                return "redirect:/public/" + form.slug() + "/" + q.id();
            }
        }
        return null;
    }

    private static Map<String, String> dateParts(Question question, String value) {
        Map<String, String> parts = new HashMap<>();
        if (question.kind() == Question.Kind.DATE && !value.isEmpty()) {
            LocalDate date = LocalDate.parse(value);
            parts.put(question.id() + "-day", String.valueOf(date.getDayOfMonth()));
            parts.put(question.id() + "-month", String.valueOf(date.getMonthValue()));
            parts.put(question.id() + "-year", String.valueOf(date.getYear()));
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> answers(HttpSession session, PublicForm form) {
        Object held = session.getAttribute(key(form));
        return held instanceof Map<?, ?> map ? (Map<String, String>) map : new LinkedHashMap<>();
    }

    private static String key(PublicForm form) {
        return "opensar.public.answers." + form.name();
    }

    private static PublicForm form(String slug) {
        return PublicForm.bySlug(slug).orElseThrow(PublicFormPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
