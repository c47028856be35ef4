package org.opensar.server.notify;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's page of email templates; every change is audited with the text before and after. */
@Controller
class EmailTemplatePages {

    private final EmailTemplates templates;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    EmailTemplatePages(EmailTemplates templates, ApplicationEventPublisher events, JsonMapper json) {
        this.templates = templates;
        this.events = events;
        this.json = json;
    }

    @GetMapping("/admin/emails")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "admin/emails";
    }

    @PostMapping("/admin/emails/{kind}")
    @Transactional
    String update(
            @PathVariable EmailKind kind,
            @RequestParam String subject,
            @RequestParam String body,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (subject.isBlank() || body.isBlank()) {
            redirect.addFlashAttribute("problem", "A template needs a subject and a body.");
            return "redirect:/admin/emails";
        }
        EmailTemplates.Template before = templates.get(kind);
        templates.update(kind, subject.strip(), body.strip(), authentication.getName());
        EmailTemplates.Template after = templates.get(kind);
        events.publishEvent(new EmailTemplateChanged(
                authentication.getName(),
                kind.name(),
                json.writeValueAsString(before),
                json.writeValueAsString(after)));
        redirect.addFlashAttribute("flash", "The '" + kind.label() + "' email was saved.");
        return "redirect:/admin/emails";
    }
}
